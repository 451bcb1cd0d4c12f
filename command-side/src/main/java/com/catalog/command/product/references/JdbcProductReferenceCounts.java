package com.catalog.command.product.references;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts over the partial indexes of {@code event_store.product_reference_lookup} (active rows only). */
@Repository
class JdbcProductReferenceCounts implements ProductReferenceCounts {

    private final JdbcClient jdbc;

    JdbcProductReferenceCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long activeProductsInCategory(String categoryId) {
        return jdbc.sql("SELECT count(*) FROM event_store.product_reference_lookup WHERE active AND (category_id = ? OR current_category_id = ?)")
                .params(categoryId, categoryId).query(Long.class).single();
    }

    @Override
    public long activeProductsOfBrand(String brandId) {
        return jdbc.sql("SELECT count(*) FROM event_store.product_reference_lookup WHERE active AND (brand_id = ? OR current_brand_id = ?)")
                .params(brandId, brandId).query(Long.class).single();
    }
}
