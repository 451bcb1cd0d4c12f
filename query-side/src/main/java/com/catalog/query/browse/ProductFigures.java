package com.catalog.query.browse;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures over the products of some categories or brands, from {@code read.product_stats} (written by the
 * {@value #PROCESSOR} processor). Only published products count, except in {@link Figures#byStatus()}.
 */
@Component
public class ProductFigures {

    /** The processor that writes {@code read.product_stats}: reads of these figures wait for it. */
    public static final String PROCESSOR = "product-stats";
    private static final String PUBLISHED = "PUBLISHED";
    private static final List<String> STATUSES = List.of("DRAFT", PUBLISHED, "UNPUBLISHED", "DISCONTINUED");

    /** What the figures are grouped by: the column of the reference, and the other reference that is counted. */
    public enum Reference {
        CATEGORY("current_category_id", "current_brand_id"),
        BRAND("current_brand_id", "current_category_id");

        private final String column;
        private final String other;

        Reference(String column, String other) {
            this.column = column;
            this.other = other;
        }
    }

    /**
     * @param published       published products
     * @param byStatus        products per status (every status, 0 when none)
     * @param priceRanges     lowest and highest price of the published products, per currency
     * @param otherReferences distinct brands (of a category) or categories (of a brand) among the published products
     * @param recentActivity  what happened to the published products within the activity window
     */
    public record Figures(long published, Map<String, Long> byStatus, List<PriceRange> priceRanges, long otherReferences,
                          Activity recentActivity) {

        /** The counts a viewer may see: per status for admins only, as buyers see published products only. */
        public ProductCounts counts(Viewer viewer) {
            return new ProductCounts(published, viewer.admin() ? byStatus : null);
        }
    }

    /** @param byStatus products per status; admins only (absent for everybody else) */
    public record ProductCounts(long published, Map<String, Long> byStatus) {
    }

    /** Minor units of {@code currency}. */
    public record PriceRange(String currency, long min, long max) {
    }

    /**
     * @param window          how far back it looks (ISO-8601 duration)
     * @param newProducts     published products created within the window
     * @param changedProducts published products with any event (created, edited, repriced, published…) within the window
     * @param lastChangeAt    the newest event of any published product, null when there is none
     */
    public record Activity(Duration window, long newProducts, long changedProducts, Instant lastChangeAt) {
    }

    private final JdbcClient jdbc;
    private final BrowseCaching caching;

    ProductFigures(JdbcClient jdbc, BrowseCaching caching) {
        this.jdbc = jdbc;
        this.caching = caching;
    }

    /**
     * The figures of the products whose category (or brand) is one of {@code ids}. The ids stay an
     * {@code = ANY(CAST(:ids AS varchar[]))}, unlike in the search's category facet: here it is the index condition of
     * the category and brand indexes of {@code product_stats}, which even the prepared statement's generic plan parses
     * once per scan, not per row; joining {@code unnest} was 2× slower at 505 categories (docs/benchmarks.md).
     */
    public Figures of(Reference reference, List<UUID> ids) {
        String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        String where = " FROM read.product_stats WHERE " + reference.column + " = ANY(CAST(:ids AS varchar[]))";
        Map<String, Long> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(status -> byStatus.put(status, 0L));
        jdbc.sql("SELECT status, count(*) AS n" + where + " GROUP BY status").param("ids", array)
                .query((rs, n) -> byStatus.put(rs.getString("status"), rs.getLong("n"))).list();
        List<PriceRange> prices = jdbc.sql("SELECT p->>'currency' AS currency, min((p->>'amount')::bigint) AS low, "
                        + "max((p->>'amount')::bigint) AS high FROM read.product_stats s, jsonb_array_elements(s.prices) p "
                        + "WHERE s." + reference.column + " = ANY(CAST(:ids AS varchar[])) AND s.status = 'PUBLISHED' "
                        + "GROUP BY 1 ORDER BY 1")
                .param("ids", array)
                .query((rs, n) -> new PriceRange(rs.getString("currency"), rs.getLong("low"), rs.getLong("high"))).list();
        Duration window = caching.activityWindow();
        Instant since = Instant.now().minus(window);
        return jdbc.sql("SELECT count(DISTINCT " + reference.other + ") AS others, "
                        + "count(*) FILTER (WHERE created_at >= :since) AS created, "
                        + "count(*) FILTER (WHERE last_changed_at >= :since) AS changed, max(last_changed_at) AS last"
                        + where + " AND status = 'PUBLISHED'")
                .param("ids", array).param("since", Timestamp.from(since))
                .query((rs, n) -> new Figures(byStatus.get(PUBLISHED), byStatus, prices, rs.getLong("others"),
                        new Activity(window, rs.getLong("created"), rs.getLong("changed"),
                                rs.getTimestamp("last") == null ? null : rs.getTimestamp("last").toInstant())))
                .single();
    }
}
