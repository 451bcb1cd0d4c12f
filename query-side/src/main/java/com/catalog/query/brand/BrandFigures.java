package com.catalog.query.brand;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Brand rankings and a brand's categories, from {@code read.product_stats} (product-stats processor) joined with
 * {@code read.brand} and {@code read.category}. Only published products count.
 */
@Repository
class BrandFigures {

    /** Score of a brand in the top list: its published products, plus this many points per recently changed one. */
    static final int ACTIVITY_WEIGHT = 2;
    /** Counted per brand first (an index-only scan of product_stats_published_brand_idx), then joined. */
    private static final String TOP = """
            SELECT b.brand_id, b.name, b.slug, b.logo_url, s.published, s.changed
            FROM (SELECT current_brand_id, count(*) AS published,
                         count(*) FILTER (WHERE last_changed_at >= :since) AS changed
                  FROM read.product_stats WHERE status = 'PUBLISHED' AND current_brand_id IS NOT NULL
                  GROUP BY current_brand_id) s
            JOIN read.brand b ON b.brand_id::text = s.current_brand_id AND NOT b.deleted
            ORDER BY s.published + :weight * s.changed DESC, lower(b.name), b.brand_id
            LIMIT :limit""";
    private static final String CATEGORIES = """
            SELECT s.current_category_id AS category_id, c.name, count(*) AS n
            FROM read.product_stats s
            LEFT JOIN read.category c ON c.category_id::text = s.current_category_id AND NOT c.deleted
            WHERE s.current_brand_id = :brand AND s.status = 'PUBLISHED' AND s.current_category_id IS NOT NULL
            GROUP BY s.current_category_id, c.name
            ORDER BY n DESC, c.name, s.current_category_id""";

    /**
     * @param published       its published products
     * @param recentlyChanged those of them with any event within the activity window
     * @param score           published + {@value #ACTIVITY_WEIGHT} × recentlyChanged
     */
    record TopBrand(UUID id, String name, String slug, String logoUrl, long published, long recentlyChanged, long score) {
    }

    /** @param products the brand's published products in this category */
    record BrandCategory(String id, String name, long products) {
    }

    private final JdbcClient jdbc;

    BrandFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TopBrand> top(int limit, Instant since) {
        return jdbc.sql(TOP).param("since", Timestamp.from(since)).param("weight", ACTIVITY_WEIGHT).param("limit", limit)
                .query((rs, n) -> {
                    long published = rs.getLong("published");
                    long changed = rs.getLong("changed");
                    return new TopBrand(rs.getObject("brand_id", UUID.class), rs.getString("name"), rs.getString("slug"),
                            rs.getString("logo_url"), published, changed, published + ACTIVITY_WEIGHT * changed);
                }).list();
    }

    /** The categories of a brand's published products, most products first. */
    List<BrandCategory> categoriesOf(UUID brandId) {
        return jdbc.sql(CATEGORIES).param("brand", brandId.toString())
                .query((rs, n) -> new BrandCategory(rs.getString("category_id"), rs.getString("name"), rs.getLong("n")))
                .list();
    }
}
