package com.catalog.command.category;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Objects;

/** The tree table's contract without the database, for aggregate tests. */
class InMemoryCategoryTree implements CategoryTree {

    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, String> slugs = new HashMap<>();
    private final Set<String> inactive = new HashSet<>();

    /** Puts a category in the tree as if it had been created before the test. */
    InMemoryCategoryTree with(String id, String slug, String parentId) {
        add(id, slug, parentId);
        return this;
    }

    @Override
    public void lock() {
        // a single test thread: nothing to serialise
    }

    @Override
    public boolean contains(String categoryId) {
        return parents.containsKey(categoryId);
    }

    @Override
    public int depthOf(String categoryId) {
        int depth = 0;
        for (String at = categoryId; at != null; at = parents.get(at)) {
            depth++;
        }
        return depth;
    }

    @Override
    public int heightOf(String categoryId) {
        return 1 + parents.entrySet().stream().filter(e -> categoryId.equals(e.getValue()))
                .mapToInt(e -> heightOf(e.getKey())).max().orElse(0);
    }

    @Override
    public boolean isSelfOrAncestor(String candidate, String categoryId) {
        for (String at = categoryId; at != null; at = parents.get(at)) {
            if (at.equals(candidate)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean slugTakenByOther(String slug, String categoryId) {
        return slugs.entrySet().stream().anyMatch(e -> e.getValue().equals(slug) && !e.getKey().equals(categoryId));
    }

    @Override
    public boolean hasChildren(String categoryId) {
        return parents.containsValue(categoryId);
    }

    @Override
    public boolean isActive(String categoryId) {
        return contains(categoryId) && !inactive.contains(categoryId);
    }

    @Override
    public void setActive(String categoryId, boolean active) {
        if (active) {
            inactive.remove(categoryId);
        } else {
            inactive.add(categoryId);
        }
    }

    @Override
    public void add(String categoryId, String slug, String parentId) {
        parents.put(categoryId, parentId);
        slugs.put(categoryId, slug);
    }

    @Override
    public void changeSlug(String categoryId, String slug) {
        slugs.put(categoryId, slug);
    }

    @Override
    public void move(String categoryId, String newParentId) {
        parents.put(categoryId, newParentId);
    }

    @Override
    public void remove(String categoryId) {
        parents.remove(categoryId);
        slugs.remove(categoryId);
    }

    String parentOf(String categoryId) {
        return parents.get(categoryId);
    }

    String slugOf(String categoryId) {
        return slugs.get(categoryId);
    }

    boolean holdsSlug(String slug) {
        return slugs.containsValue(Objects.requireNonNull(slug));
    }
}
