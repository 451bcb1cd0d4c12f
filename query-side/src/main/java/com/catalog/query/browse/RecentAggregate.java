package com.catalog.query.browse;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A catalog-wide aggregate (product counts of the whole tree, the brand ranking) computed at most once per
 * {@code catalog.read.browse.aggregate-ttl} per replica: at 100k products such a query takes 100 ms or more, and its
 * public answer may be up to {@code max-age} old anyway. A read-your-writes request recomputes it.
 */
public final class RecentAggregate<T> {

    private final Supplier<T> compute;
    private final Duration ttl;
    private volatile Computed<T> latest;

    RecentAggregate(Supplier<T> compute, Duration ttl) {
        this.compute = compute;
        this.ttl = ttl;
    }

    /** @param fresh recompute whatever the age of the last value (the caller waited for a position) */
    public T get(boolean fresh) {
        Computed<T> current = latest;
        if (!fresh && current != null && System.nanoTime() - current.at() < ttl.toNanos()) {
            return current.value();
        }
        long at = System.nanoTime();
        T value = compute.get();
        latest = new Computed<>(value, at);
        return value;
    }

    private record Computed<T>(T value, long at) {
    }
}
