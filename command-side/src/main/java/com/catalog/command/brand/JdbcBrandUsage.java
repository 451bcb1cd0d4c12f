package com.catalog.command.brand;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts active products per brand in {@code event_store.product_reference_lookup}. */
@Repository
class JdbcBrandUsage implements BrandUsage {

    private static final String COUNT = """
            SELECT count(*) FROM event_store.product_reference_lookup
            WHERE (brand_id = ? OR current_brand_id = ?) AND active""";

    private final JdbcClient jdbc;

    JdbcBrandUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long activeProductsOf(String brandId) {
        return jdbc.sql(COUNT).params(brandId, brandId).query(Long.class).single();
    }
}
