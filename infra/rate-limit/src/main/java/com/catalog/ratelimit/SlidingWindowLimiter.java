package com.catalog.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A sliding-window limit (the previous window weighted by how much of it is still within the last window length,
 * plus the current one) that is decided in memory and summed across replicas through {@link SharedCounterTable}:
 * every {@code flushInterval} this replica adds the hits it admitted and reads back everyone's counts for those
 * buckets, in one statement. A replica may therefore admit what it receives during about one flush interval on top of
 * the limit (see docs/security.md#rate-limits-and-headers-and-headers). Refused requests are not counted, so a client that keeps hammering
 * gets through again as the window slides. If PostgreSQL is unreachable the limit holds per replica and the hits
 * are sent once it is back.
 */
public final class SlidingWindowLimiter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SlidingWindowLimiter.class);

    private final SharedCounterTable table;
    private final Clock clock;
    private final Duration window;
    private final Duration flushInterval;
    private final Map<String, BucketCounts> buckets = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher;
    private volatile boolean running;
    private boolean flushFailing;
    private long prunedWindow;

    SlidingWindowLimiter(SharedCounterTable table, Clock clock, Duration window, Duration flushInterval) {
        this.table = table;
        this.clock = clock;
        this.window = window;
        this.flushInterval = flushInterval;
        this.flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rate-limit-flush");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Flushes every {@code flushInterval} from the end of start-up (the app's Flyway has created the table by then). */
    @Override
    public void start() {
        long millis = flushInterval.toMillis();
        flusher.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Counts the hit if it is within {@code limit} per window for {@code bucket}. */
    public RateLimitDecision tryAcquire(String bucket, int limit) {
        long now = clock.millis();
        long index = now / window.toMillis();
        double elapsed = (double) (now - index * window.toMillis()) / window.toMillis();
        while (true) {
            BucketCounts counts = buckets.computeIfAbsent(bucket, key -> new BucketCounts(index));
            synchronized (counts) {
                if (!counts.evicted) {
                    return counts.tryAcquire(index, elapsed, limit, window);
                }
            }
        }
    }

    /** Sends the hits admitted since the last flush and learns everyone's counts for those buckets. */
    public void flush() {
        long index = clock.millis() / window.toMillis();
        List<SharedCounterTable.Count> hits = takePending(index);
        if (!hits.isEmpty()) {
            try {
                apply(table.addAndRead(hits, windowStart(index - 1)));
            } catch (RuntimeException failure) {
                hits.forEach(this::restore);
                throw failure;
            }
        }
        if (index > prunedWindow) {
            table.pruneBefore(windowStart(index - 1));
            prunedWindow = index;
        }
    }

    private List<SharedCounterTable.Count> takePending(long index) {
        List<SharedCounterTable.Count> hits = new ArrayList<>();
        buckets.forEach((bucket, counts) -> {
            synchronized (counts) {
                long[] pending = counts.takePending(index);
                if (pending[0] > 0) {
                    hits.add(new SharedCounterTable.Count(bucket, windowStart(index - 1), pending[0]));
                }
                if (pending[1] > 0) {
                    hits.add(new SharedCounterTable.Count(bucket, windowStart(index), pending[1]));
                }
                if (pending[0] + pending[1] == 0 && counts.idleSince(index)) {
                    counts.evicted = true;
                    buckets.remove(bucket, counts);
                }
            }
        });
        return hits;
    }

    private void apply(List<SharedCounterTable.Count> shared) {
        for (SharedCounterTable.Count count : shared) {
            BucketCounts counts = buckets.get(count.bucket());
            if (counts != null) {
                synchronized (counts) {
                    counts.shared(windowIndex(count.windowStart()), count.hits());
                }
            }
        }
    }

    private void restore(SharedCounterTable.Count hits) {
        BucketCounts counts = buckets.computeIfAbsent(hits.bucket(), key -> new BucketCounts(windowIndex(hits.windowStart())));
        synchronized (counts) {
            counts.restore(windowIndex(hits.windowStart()), hits.hits());
        }
    }

    private void flushQuietly() {
        try {
            flush();
            if (flushFailing) {
                log.info("Rate-limit counters reach PostgreSQL again; limits hold across replicas again");
                flushFailing = false;
            }
        } catch (RuntimeException failure) {
            if (!flushFailing) {
                log.warn("Rate-limit counters not sent to PostgreSQL; limits hold per replica until they are: {}",
                        failure.getMessage());
                flushFailing = true;
            }
        }
    }

    private Instant windowStart(long index) {
        return Instant.ofEpochMilli(index * window.toMillis());
    }

    private long windowIndex(Instant windowStart) {
        return windowStart.toEpochMilli() / window.toMillis();
    }

    /** Stops flushing, then sends what is still pending. */
    @Override
    public void stop() {
        running = false;
        flusher.shutdown();
        try {
            flusher.awaitTermination(5, TimeUnit.SECONDS);
            flush();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failure) {
            log.warn("Last rate-limit counters not sent: {}", failure.getMessage());
        }
    }
}
