package com.catalog.system;

import com.catalog.engines.CatalogSystem;

/**
 * One running system per test JVM: engines plus both apps take ~40 s to start, so every system
 * test shares them. Each test creates its own products (random SKUs and names) and never relies on
 * another test's data.
 */
public final class RunningCatalog {

    private static CatalogSystem system;

    private RunningCatalog() {
    }

    public static synchronized CatalogSystem get() {
        if (system == null) {
            system = CatalogSystem.forTests().start();
        }
        return system;
    }
}
