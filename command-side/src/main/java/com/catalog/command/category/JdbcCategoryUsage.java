package com.catalog.command.category;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts active products per category in {@code event_store.product_reference_lookup}. */
@Repository
class JdbcCategoryUsage implements CategoryUsage {

    private static final String COUNT = """
            SELECT count(*) FROM event_store.product_reference_lookup
            WHERE (category_id = ? OR current_category_id = ?) AND active""";

    private final JdbcClient jdbc;

    JdbcCategoryUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long activeProductsIn(String categoryId) {
        return jdbc.sql(COUNT).params(categoryId, categoryId).query(Long.class).single();
    }
}
