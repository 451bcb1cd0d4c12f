package com.catalog.system;

import com.catalog.engines.CatalogSystem;

/**
 * One running system per test JVM: engines plus both apps take ~40 s to start, so every system
 * test shares them. Each test creates its own products (random SKUs and names) and never relies on
 * another test's data. Every app exports its spans to one {@link OtlpCollector}, as it would to a real collector.
 */
public final class RunningCatalog {

    private static CatalogSystem system;
    private static OtlpCollector collector;

    private RunningCatalog() {
    }

    public static synchronized CatalogSystem get() {
        if (system == null) {
            collector = OtlpCollector.start();
            system = CatalogSystem.forTests()
                    .withEveryAppArgs("--management.otlp.tracing.endpoint=" + collector.tracesEndpoint())
                    .start();
        }
        return system;
    }

    static synchronized OtlpCollector collector() {
        get();
        return collector;
    }
}
