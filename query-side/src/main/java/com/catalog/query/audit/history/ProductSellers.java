package com.catalog.query.audit.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;
import java.util.UUID;

/** The seller who owns a product, from the product page read model ({@code read.product}). */
@Repository
class ProductSellers {

    /** The processor that writes {@code read.product}: owner checks wait for it like reads of the product do. */
    static final String PROCESSOR = "product-details";

    private final JdbcClient jdbc;

    ProductSellers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> sellerOf(UUID productId) {
        return jdbc.sql("SELECT seller_id FROM read.product WHERE product_id = ?")
                .param(productId).query(String.class).optional();
    }
}
