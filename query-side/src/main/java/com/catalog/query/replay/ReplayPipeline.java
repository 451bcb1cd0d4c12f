package com.catalog.query.replay;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The event processor of a replay: one reader thread streams the event store once, from the first event, and hands
 * each event to the worker whose segment it belongs to (the live processor's handlers and sequencing policy, so one
 * aggregate's events stay in order on one worker); each worker applies up to {@code catalog.replay.batch-size} events
 * per unit of work, through the live processor's handlers, in one transaction.
 * <p>
 * Why not Axon's pooled processor, which replays used before: its coordinator puts every event into every segment's
 * queue and counts each queue per event ({@code ConcurrentLinkedQueue.size()}), so its single thread bounded the
 * replay, and its workers took whatever their queue held: ~157 events per transaction for a 1,000 batch size, each
 * product's row written about twice. Four segments instead of two were slower still (twice the commits). Here the
 * reader does one sequencing check per event and a worker's batch is full whenever the workers are the slower side.
 * <p>
 * The replay keeps no tokens: it is rebuilt from the start after a crash anyway. It ends with {@link #finishAt}: the
 * reader stops after the event at the given position (or the first after it), every worker applies what it holds,
 * and all of them end at that same event, so {@link #lastToken()} is the position of every segment of the live
 * processor, however many it has.
 * <p>
 * A batch that fails is retried after a back-off (an engine away) unless the {@code errorHandler} (a
 * {@link ReplayHandlerFailures}) found the failure permanent; the replay then fails as a whole.
 */
final class ReplayPipeline extends AbstractEventProcessor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplayPipeline.class);
    private static final long POLL_MILLIS = 50;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final TransactionManager transactions;
    private final int batchSize;
    private final long fillWaitNanos;
    private final Supplier<Optional<String>> permanentFailure;
    private final Predicate<Throwable> transientFailure;
    private final Worker[] workers;
    private final Thread reader;

    private volatile boolean running;
    private volatile boolean stopped;
    private volatile boolean readerAtHead;
    private volatile boolean readerDone;
    private volatile long stopAt = Long.MAX_VALUE;
    private volatile long readPosition;
    private volatile TrackingToken lastToken;
    private volatile String readerFailure;

    private ReplayPipeline(AbstractEventProcessor.Builder builder, Settings settings) {
        super(builder);
        this.source = settings.source();
        this.transactions = settings.transactions();
        this.batchSize = settings.batchSize();
        this.fillWaitNanos = settings.fillWait().toNanos();
        this.permanentFailure = settings.permanentFailure();
        this.transientFailure = settings.transientFailure();
        List<Segment> segments = Segment.splitBalanced(Segment.ROOT_SEGMENT, settings.workers() - 1);
        this.workers = segments.stream().map(Worker::new).toArray(Worker[]::new);
        this.reader = new Thread(this::read, getName() + "-reader");
        this.reader.setDaemon(true);
    }

    /**
     * @param workers          threads applying batches, one segment each
     * @param fillWait         how long a worker waits for its batch to fill up once it holds fewer events than a batch
     * @param permanentFailure the first failure of a batch no retry mends, if there was one
     * @param transientFailure whether a failure to read the event store may pass by reading again
     */
    record Settings(StreamableMessageSource<TrackedEventMessage<?>> source, TransactionManager transactions,
                    int workers, int batchSize, Duration fillWait, Supplier<Optional<String>> permanentFailure,
                    Predicate<Throwable> transientFailure) {
    }

    static ReplayPipeline create(String name, EventHandlerInvoker handlers, ErrorHandler errors, Settings settings) {
        AbstractEventProcessor.Builder builder = new AbstractEventProcessor.Builder() {
        };
        builder.name(name).eventHandlerInvoker(handlers).errorHandler(errors)
                // as Axon's streaming processors: any failure rolls the batch back, to be retried
                .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE);
        return new ReplayPipeline(builder, settings);
    }

    @Override
    public synchronized void start() {
        if (running || stopped) {
            return;
        }
        running = true;
        for (Worker worker : workers) {
            worker.thread.start();
        }
        reader.start();
    }

    @Override
    public void shutDown() {
        stopped = true;
        reader.interrupt();
        for (Worker worker : workers) {
            worker.thread.interrupt();
        }
        join(reader);
        for (Worker worker : workers) {
            join(worker.thread);
        }
        running = false;
    }

    @Override
    public void close() {
        shutDown();
    }

    @Override
    public boolean isRunning() {
        return running && !stopped;
    }

    @Override
    public boolean isError() {
        return failure().isPresent();
    }

    /** Why the replay cannot go on: the reader failed, or a batch failed in a way no retry mends. */
    Optional<String> failure() {
        return Optional.ofNullable(readerFailure).or(permanentFailure);
    }

    /** The reader has reached the head of the store at least once, and every worker has applied what it was given. */
    boolean caughtUp() {
        return readerAtHead && Arrays.stream(workers).allMatch(Worker::idle);
    }

    /**
     * The reader stops after the first event at or past {@code position} (at once if it is there already); the
     * workers apply what they hold and stop. {@link #finished()} tells when.
     */
    void finishAt(long position) {
        stopAt = position;
    }

    /** After {@link #finishAt}: every event read is applied, and the reader and the workers have stopped. */
    boolean finished() {
        return readerDone && Arrays.stream(workers).noneMatch(worker -> worker.thread.isAlive());
    }

    /** The token of the last event read; once {@link #finished()}, every event up to it is applied. */
    TrackingToken lastToken() {
        return lastToken;
    }

    /** A position every event up to which is applied (0 before the first batch). */
    long done() {
        long read = readPosition;
        long done = read;
        for (Worker worker : workers) {
            long dispatched = worker.dispatched;
            long committed = worker.committed;
            done = Math.min(done, committed == dispatched ? read : committed);
        }
        return Math.max(0, done);
    }

    /**
     * Reads until stopped or past the finish; a transient failure (the store's connection lost) reopens the stream
     * after the last event read, after a back-off; any other ends the replay.
     */
    private void read() {
        long backoff = 500;
        try {
            while (!stopped && readPosition < stopAt) {
                try (BlockingStream<TrackedEventMessage<?>> stream =
                             source.openStream(lastToken != null ? lastToken : source.createTailToken())) {
                    readFrom(stream);
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception | LinkageError e) {
                    if (stopped) {
                        return;
                    }
                    if (!transientFailure.test(e)) {
                        readerFailure = "reading the event store failed: " + e;
                        log.atWarn().setMessage("Replay {} stopped reading the event store").addArgument(getName())
                                .setCause(e).log();
                        return;
                    }
                    log.atWarn().setMessage("Replay {}: reading the event store failed, reopening in {} ms: {}")
                            .addArgument(getName()).addArgument(backoff).addArgument(e.toString()).log();
                    TimeUnit.MILLISECONDS.sleep(backoff);
                    backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            readerDone = true;
        }
    }

    private void readFrom(BlockingStream<TrackedEventMessage<?>> stream) throws Exception {
        while (!stopped && readPosition < stopAt) {
            if (!stream.hasNextAvailable((int) POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                readerAtHead = true;
                continue;
            }
            TrackedEventMessage<?> event = stream.nextAvailable();
            long position = ReplayProgress.position(event.trackingToken());
            Worker worker = workerFor(event);
            if (worker != null) {
                worker.queue.put(event);
                worker.dispatched = position;
            }
            lastToken = event.trackingToken();
            // an event committed late into a gap comes after higher positions: the read position never goes back
            readPosition = Math.max(readPosition, position);
        }
    }

    private Worker workerFor(TrackedEventMessage<?> event) throws Exception {
        for (Worker worker : workers) {
            if (eventHandlerInvoker().canHandle(event, worker.segment)) {
                return worker;
            }
        }
        return null;
    }

    private static void join(Thread thread) {
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One segment's thread: its queue, and how far it got. */
    private final class Worker {

        private final Segment segment;
        private final BlockingQueue<TrackedEventMessage<?>> queue = new ArrayBlockingQueue<>(batchSize * 4);
        private final Thread thread;
        /** Position of the last event handed to this worker, and of the last one it applied. */
        private volatile long dispatched = -1;
        private volatile long committed = -1;

        Worker(Segment segment) {
            this.segment = segment;
            this.thread = new Thread(this::run, getName() + "-worker-" + segment.getSegmentId());
            this.thread.setDaemon(true);
        }

        boolean idle() {
            return committed == dispatched && queue.isEmpty();
        }

        private void run() {
            List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
            try {
                while (!stopped) {
                    boolean last = readerDone;
                    TrackedEventMessage<?> first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        if (last) {
                            return;
                        }
                        continue;
                    }
                    batch.add(first);
                    fill(batch);
                    if (!apply(batch)) {
                        return;
                    }
                    committed = ReplayProgress.position(batch.get(batch.size() - 1).trackingToken());
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Takes what the queue holds, up to a batch; waits up to the fill wait for more while the reader reads. */
        private void fill(List<TrackedEventMessage<?>> batch) throws InterruptedException {
            queue.drainTo(batch, batchSize - batch.size());
            long deadline = System.nanoTime() + fillWaitNanos;
            while (batch.size() < batchSize && !readerDone && !readerAtHead) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TrackedEventMessage<?> next = queue.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    return;
                }
                batch.add(next);
                queue.drainTo(batch, batchSize - batch.size());
            }
        }

        /**
         * One unit of work and transaction for the batch; retried after a back-off until it passes (true) or the
         * replay stops or found the failure permanent (false).
         */
        private boolean apply(List<TrackedEventMessage<?>> batch) throws InterruptedException {
            long backoff = 500;
            while (true) {
                try {
                    BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
                    unitOfWork.attachTransaction(transactions);
                    processInUnitOfWork(batch, unitOfWork, List.of(segment));
                    return true;
                } catch (Exception e) {
                    if (stopped || permanentFailure.get().isPresent()) {
                        return false;
                    }
                    log.atWarn().setMessage("Replay {}: a batch of {} events failed, retrying in {} ms: {}")
                            .addArgument(getName()).addArgument(batch.size()).addArgument(backoff)
                            .addArgument(e.toString()).log();
                    TimeUnit.MILLISECONDS.sleep(backoff);
                    backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
                }
            }
        }
    }
}
