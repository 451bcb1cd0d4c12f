package com.catalog.query.product.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The category facet as a tree: the matches' own categories (an Elasticsearch terms aggregation on
 * {@code categoryId}) hung into the hierarchy of {@code read.category} with their ancestors, each node counting its
 * own matches and those of every descendant. The hierarchy is read at query time, like the category filter
 * ({@link CategoryScope}), so a moved or renamed category shows correctly without reindexing a product.
 */
@Component
class CategoryFacetTree {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    /**
     * The matched categories and all their ancestors, parents first and in display order. The ids are cast once, in
     * {@code unnest}: as {@code category_id = ANY(CAST(:ids AS uuid[]))}, the generic plan of the prepared statement
     * (the JDBC driver prepares it from the 5th run) parsed the text array again for every row, ~2 s for 500
     * categories, which capped searches at the connection pool's size every 2 s.
     */
    private static final String NODES = """
            WITH hit AS (SELECT c.category_id, c.path FROM unnest(CAST(:ids AS uuid[])) AS ids(id)
                         JOIN read.category c ON c.category_id = ids.id WHERE NOT c.deleted)
            SELECT category_id, parent_id, name, slug, path FROM read.category
            WHERE NOT deleted AND category_id IN (SELECT category_id FROM hit UNION SELECT unnest(path) FROM hit)
            ORDER BY depth, sort_order, name, category_id""";

    /** @param count matches in this category and all its descendants */
    record Node(String id, String name, String slug, long count, List<Node> children) {
    }

    private final JdbcClient jdbc;

    CategoryFacetTree(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param ownCounts category id → matches whose own category it is
     * @return the roots; a category missing from the read model (deleted, or not projected yet) is left out
     */
    List<Node> of(Map<String, Long> ownCounts) {
        List<String> ids = ownCounts.keySet().stream().filter(id -> UUID_TEXT.matcher(id).matches()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql(NODES).param("ids", ids.stream().collect(Collectors.joining(",", "{", "}")))
                .query((rs, n) -> new Row(rs.getString("category_id"), rs.getString("parent_id"), rs.getString("name"),
                        rs.getString("slug"), List.of((UUID[]) rs.getArray("path").getArray())))
                .list();
        Map<String, Long> totals = new HashMap<>();
        for (Row row : rows) {
            long own = ownCounts.getOrDefault(row.id(), 0L);
            if (own > 0) {
                totals.merge(row.id(), own, Long::sum);
                row.path().forEach(ancestor -> totals.merge(ancestor.toString(), own, Long::sum));
            }
        }
        return forest(rows, totals);
    }

    private static List<Node> forest(List<Row> parentsFirst, Map<String, Long> totals) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Row row : parentsFirst) {
            Node node = new Node(row.id(), row.name(), row.slug(), totals.getOrDefault(row.id(), 0L), new ArrayList<>());
            nodes.put(row.id(), node);
            Node parent = row.parentId() == null ? null : nodes.get(row.parentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return roots;
    }

    private record Row(String id, String parentId, String name, String slug, List<UUID> path) {
    }
}
