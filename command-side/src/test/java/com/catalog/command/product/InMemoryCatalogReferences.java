package com.catalog.command.product;

import java.util.HashSet;
import java.util.Set;

/** Every category and brand is usable unless a test says it is not. */
final class InMemoryCatalogReferences implements CatalogReferences {

    private final Set<String> unusable = new HashSet<>();

    InMemoryCatalogReferences without(String id) {
        unusable.add(id);
        return this;
    }

    @Override
    public boolean categoryUsable(String categoryId) {
        return !unusable.contains(categoryId);
    }

    @Override
    public boolean brandUsable(String brandId) {
        return !unusable.contains(brandId);
    }
}
