package com.catalog.query.replay;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The replay processor's worker threads, which start each work package's run a little late
 * ({@code catalog.replay.worker-linger}). A pooled processor's worker takes whatever its segment's queue holds when
 * it runs; when the single coordinator that reads the event store is the slower side, a worker that runs at once
 * finds a few dozen events, so a batch carries a few dozen products with one event each and every product's row is
 * read and written once per event instead of once per batch. Waiting lets the queue fill (up to the batch size), so
 * a product's events meet in one batch and one row write. Live processors keep Axon's executor: their events should
 * not wait.
 */
final class LingeringWorkers extends ScheduledThreadPoolExecutor {

    private final long lingerNanos;

    LingeringWorkers(int threads, ThreadFactory factory, Duration linger) {
        super(threads, factory);
        this.lingerNanos = linger.toNanos();
    }

    @Override
    public Future<?> submit(Runnable task) {
        return lingerNanos <= 0 ? super.submit(task) : schedule(task, lingerNanos, TimeUnit.NANOSECONDS);
    }
}
