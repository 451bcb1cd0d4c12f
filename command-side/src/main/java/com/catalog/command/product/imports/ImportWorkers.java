package com.catalog.command.product.imports;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * {@code catalog.imports.parallelism} threads, each looping over {@link ImportWorker#workOnce}; an idle one waits
 * {@code poll-interval} or until an upload on this replica wakes it. Started with the app and stopped before it
 * closes, after the lines each thread has claimed; a replica that dies instead leaves its claimed lines to the others
 * once their lease ran out (a line it was inside of rolls back with the connection).
 */
@Component
class ImportWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportWorkers.class);
    private static final long STOP_WAIT_SECONDS = 30;

    private final ImportWorker worker;
    private final ImportProperties properties;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile ExecutorService threads;
    private volatile boolean running;

    ImportWorkers(ImportWorker worker, ImportProperties properties) {
        this.worker = worker;
        this.properties = properties;
    }

    /** New work: idle threads look now instead of at their next poll. */
    void wake() {
        wakeUps.release(properties.parallelism());
    }

    @Override
    public synchronized void start() {
        if (threads != null || properties.parallelism() == 0) {
            return;
        }
        running = true;
        AtomicInteger number = new AtomicInteger();
        ExecutorService started = Executors.newFixedThreadPool(properties.parallelism(),
                runnable -> new Thread(runnable, "import-worker-" + number.incrementAndGet()));
        for (int i = 0; i < properties.parallelism(); i++) {
            started.execute(this::loop);
        }
        threads = started;
    }

    @Override
    public synchronized void stop() {
        ExecutorService stopping = threads;
        threads = null;
        if (stopping == null) {
            return;
        }
        // each thread finishes the batch it claimed, so nothing waits for a lease to run out after a clean stop
        running = false;
        wake();
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Import workers did not stop within {} s; interrupting them", STOP_WAIT_SECONDS);
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return threads != null;
    }

    private void loop() {
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                if (!worker.workOnce()) {
                    idle();
                }
            } catch (DataAccessException | TransactionException unavailable) {
                log.warn("Import worker could not reach the database; next try in {}: {}", properties.pollInterval(),
                        unavailable.getMessage());
                idle();
            }
        }
    }

    private void idle() {
        try {
            if (wakeUps.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUps.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
