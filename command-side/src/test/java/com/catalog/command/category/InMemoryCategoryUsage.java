package com.catalog.command.category;

import java.util.HashMap;
import java.util.Map;

/** The product placement table's contract without the database, for aggregate tests. */
class InMemoryCategoryUsage implements CategoryUsage {

    private final Map<String, Long> activeProducts = new HashMap<>();

    InMemoryCategoryUsage with(String categoryId, long count) {
        activeProducts.put(categoryId, count);
        return this;
    }

    @Override
    public long activeProductsIn(String categoryId) {
        return activeProducts.getOrDefault(categoryId, 0L);
    }
}
