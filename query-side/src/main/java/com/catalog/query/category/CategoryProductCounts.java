package com.catalog.query.category;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published products per category, each counted in its own category and in every ancestor (from the materialised
 * path, so a move counts correctly at once). Products come from {@code read.product_stats} (the product-stats
 * processor), categories from {@code read.category}; a product in a deleted category counts nowhere.
 */
@Repository
class CategoryProductCounts {

    private static final String WITH_DESCENDANTS = """
            SELECT x.id AS category_id, sum(own.n) AS n
            FROM (SELECT current_category_id, count(*) AS n FROM read.product_stats
                  WHERE status = 'PUBLISHED' AND current_category_id IS NOT NULL GROUP BY current_category_id) own
            JOIN read.category c ON c.category_id::text = own.current_category_id AND NOT c.deleted
            CROSS JOIN LATERAL unnest(c.path || c.category_id) AS x(id)
            GROUP BY x.id""";

    private final JdbcClient jdbc;

    CategoryProductCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Category → published products in it and below; categories without any are absent. */
    Map<UUID, Long> publishedWithDescendants() {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql(WITH_DESCENDANTS).query((rs, n) -> counts.put(rs.getObject("category_id", UUID.class), rs.getLong("n")))
                .list();
        return counts;
    }

    /** The category and every category below it (deactivated ones too: their products are still found by search). */
    List<UUID> withDescendants(UUID id) {
        List<UUID> ids = new java.util.ArrayList<>(List.of(id));
        ids.addAll(jdbc.sql("SELECT category_id FROM read.category WHERE CAST(:id AS uuid) = ANY(path) AND NOT deleted")
                .param("id", id.toString()).query(UUID.class).list());
        return ids;
    }
}
