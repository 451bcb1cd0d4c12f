package com.catalog.query.product.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The category facet as a tree: the matches' own categories (an Elasticsearch terms aggregation on
 * {@code categoryId}) hung into the hierarchy of {@code read.category} with their ancestors, each node counting its
 * own matches and those of every descendant. The hierarchy is read from PostgreSQL, not from the product documents,
 * so a moved or renamed category shows correctly without reindexing a product.
 * <p>
 * The whole hierarchy is kept in memory and read again once it is older than
 * {@code catalog.search.category-facet.hierarchy-max-age} (1 s): reading the matched categories with their
 * ancestors for every search cost a PostgreSQL round trip returning up to every category, about a fifth (22 %) of
 * the query side's CPU per search (docs/benchmarks.md, read path, session 7). One search reloads it while the others go
 * on with the one they have. A read-your-writes search (a consistency token) reads it afresh.
 */
@Component
class CategoryFacetTree {

    /** Every live category, parents first and in display order. */
    private static final String HIERARCHY = """
            SELECT category_id, parent_id, name, slug, path FROM read.category WHERE NOT deleted
            ORDER BY depth, sort_order, name, category_id""";

    /** @param count matches in this category and all its descendants */
    record Node(String id, String name, String slug, long count, List<Node> children) {
    }

    private final JdbcClient jdbc;
    private final long maxAgeNanos;
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile Hierarchy hierarchy;

    CategoryFacetTree(JdbcClient jdbc,
                      @Value("${catalog.search.category-facet.hierarchy-max-age:1s}") Duration maxAge) {
        this.jdbc = jdbc;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /**
     * @param ownCounts category id → matches whose own category it is
     * @param fresh     read the hierarchy from PostgreSQL now (read-your-writes), not the one kept
     * @return the roots; a category missing from the read model (deleted, or not projected yet) is left out
     */
    List<Node> of(Map<String, Long> ownCounts, boolean fresh) {
        if (ownCounts.isEmpty()) {
            return List.of();
        }
        Hierarchy categories = fresh ? load() : current();
        // by rank: the categories shown come out parents first, in display order
        SortedMap<Integer, Category> shown = new TreeMap<>();
        Map<String, Long> totals = new HashMap<>();
        ownCounts.forEach((id, own) -> {
            Category category = categories.byId().get(id);
            if (category == null) {
                return;
            }
            shown.put(category.rank(), category);
            if (own > 0) {
                totals.merge(category.id(), own, Long::sum);
                category.path().forEach(ancestor -> totals.merge(ancestor, own, Long::sum));
            }
            for (String ancestor : category.path()) {
                Category above = categories.byId().get(ancestor);
                if (above != null) {
                    shown.put(above.rank(), above);
                }
            }
        });
        return forest(shown.values(), totals);
    }

    /** The kept hierarchy while it is young enough; else one caller reloads it and the others keep the old one. */
    private Hierarchy current() {
        Hierarchy kept = hierarchy;
        if (kept != null && System.nanoTime() - kept.loadedAt() < maxAgeNanos) {
            return kept;
        }
        if (kept == null) {
            reloading.lock();
        } else if (!reloading.tryLock()) {
            return kept;
        }
        try {
            Hierarchy now = hierarchy;
            return now != null && now != kept ? now : load();
        } finally {
            reloading.unlock();
        }
    }

    private Hierarchy load() {
        long started = System.nanoTime();
        Map<String, Category> byId = new HashMap<>();
        jdbc.sql(HIERARCHY).query(rs -> {
            UUID[] path = (UUID[]) rs.getArray("path").getArray();
            List<String> ancestors = new ArrayList<>(path.length);
            for (UUID ancestor : path) {
                ancestors.add(ancestor.toString());
            }
            String id = rs.getString("category_id");
            byId.put(id, new Category(id, rs.getString("parent_id"), rs.getString("name"), rs.getString("slug"),
                    List.copyOf(ancestors), byId.size()));
        });
        Hierarchy loaded = new Hierarchy(byId, started);
        synchronized (this) {
            // a slower load that started earlier must not replace a newer one
            if (hierarchy == null || hierarchy.loadedAt() < loaded.loadedAt()) {
                hierarchy = loaded;
            }
        }
        return loaded;
    }

    private static List<Node> forest(Collection<Category> parentsFirst, Map<String, Long> totals) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Category category : parentsFirst) {
            Node node = new Node(category.id(), category.name(), category.slug(),
                    totals.getOrDefault(category.id(), 0L), new ArrayList<>());
            nodes.put(category.id(), node);
            Node parent = category.parentId() == null ? null : nodes.get(category.parentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return roots;
    }

    /** @param byId never changed once built; @param loadedAt {@link System#nanoTime()} when its read began */
    private record Hierarchy(Map<String, Category> byId, long loadedAt) {
    }

    /** @param path ancestors' ids; @param rank place in the display order (depth, sort order, name, id) */
    private record Category(String id, String parentId, String name, String slug, List<String> path, int rank) {
    }
}
