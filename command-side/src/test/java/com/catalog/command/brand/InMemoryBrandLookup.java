package com.catalog.command.brand;

import java.util.HashMap;
import java.util.Map;

/** The lookup table's contract without the database, for aggregate tests. */
class InMemoryBrandLookup implements BrandLookup {

    private final Map<String, String> nameKeys = new HashMap<>();
    private final Map<String, String> slugs = new HashMap<>();

    InMemoryBrandLookup with(String brandId, String nameKey, String slug) {
        claim(brandId, nameKey, slug);
        return this;
    }

    @Override
    public void lock() {
        // a single test thread: nothing to serialise
    }

    @Override
    public boolean contains(String brandId) {
        return nameKeys.containsKey(brandId);
    }

    @Override
    public boolean nameTakenByOther(String nameKey, String brandId) {
        return nameKeys.entrySet().stream().anyMatch(e -> e.getValue().equals(nameKey) && !e.getKey().equals(brandId));
    }

    @Override
    public boolean slugTakenByOther(String slug, String brandId) {
        return slugs.entrySet().stream().anyMatch(e -> e.getValue().equals(slug) && !e.getKey().equals(brandId));
    }

    @Override
    public void claim(String brandId, String nameKey, String slug) {
        nameKeys.put(brandId, nameKey);
        slugs.put(brandId, slug);
    }

    @Override
    public void release(String brandId) {
        nameKeys.remove(brandId);
        slugs.remove(brandId);
    }

    String nameKeyOf(String brandId) {
        return nameKeys.get(brandId);
    }
}
