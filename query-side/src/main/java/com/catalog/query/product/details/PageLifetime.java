package com.catalog.query.product.details;

import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a kept product page lives when no event evicts it: a time drawn between half the {@code ttl} and the whole
 * of it, once per keep. Pages loaded together (a warm-up, a restart, a crawler) would otherwise all expire in the
 * same second {@code ttl} later and all be read from PostgreSQL at once; spread out, the reloads cost the same in
 * total but never pile up. Staleness stays bounded by {@code ttl}.
 */
final class PageLifetime<K, V> implements Expiry<K, V> {

    private final long ttlNanos;

    PageLifetime(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public long expireAfterCreate(K key, V value, long currentTime) {
        return drawn();
    }

    @Override
    public long expireAfterUpdate(K key, V value, long currentTime, long currentDuration) {
        return drawn();
    }

    @Override
    public long expireAfterRead(K key, V value, long currentTime, long currentDuration) {
        return currentDuration;
    }

    private long drawn() {
        long half = ttlNanos / 2;
        return half + ThreadLocalRandom.current().nextLong(ttlNanos - half + 1);
    }
}
