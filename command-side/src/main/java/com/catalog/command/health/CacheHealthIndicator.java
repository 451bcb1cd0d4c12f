package com.catalog.command.health;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The app's caches, honestly: today there are none (aggregates are loaded from the event store), so this reports
 * UP with "none configured". Once a {@link CacheManager} exists its cache names appear here without changes.
 */
@Component
class CacheHealthIndicator implements HealthIndicator {

    private final ObjectProvider<CacheManager> cacheManagers;

    CacheHealthIndicator(ObjectProvider<CacheManager> cacheManagers) {
        this.cacheManagers = cacheManagers;
    }

    @Override
    public Health health() {
        List<String> caches = cacheManagers.orderedStream()
                .flatMap(manager -> manager.getCacheNames().stream())
                .sorted()
                .toList();
        return Health.up().withDetail("caches", caches.isEmpty() ? "none configured" : caches).build();
    }
}
