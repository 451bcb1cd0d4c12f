package com.catalog.system.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Runs {@code total} calls spread over {@code clients} threads, each call timed on its own; a call
 * answers whether it succeeded. Bounded in count, so it always stops by itself.
 */
final class ConcurrentLoad {

    record Result(LatencySample latencies, double perSecond, int failures) {
    }

    private ConcurrentLoad() {
    }

    static Result run(int clients, int total, IntPredicate call) throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        boolean ok = call.test(i);
                        nanos[i] = System.nanoTime() - t0;
                        if (!ok) {
                            failures.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(new LatencySample(nanos), total / seconds, failures.get());
    }
}
