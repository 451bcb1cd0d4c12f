package com.catalog.query.product.details;

import com.catalog.query.product.ProductStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** SQL access to {@code read.product}; runs inside the Axon batch's transaction when called by the projection. */
@Repository
class ProductDetailsRepository {

    // The WHERE clause makes the upsert idempotent: a replayed or older event (sequence not above the stored one)
    // leaves the row untouched.
    private static final String UPSERT = """
            INSERT INTO read.product (product_id, seller_id, name, description, sku, price_amount, price_currency,
                                      status, last_sequence, created_at, updated_at)
            VALUES (:id, :sellerId, :name, :description, :sku, :priceAmount, :priceCurrency,
                    :status, :lastSequence, :createdAt, :updatedAt)
            ON CONFLICT (product_id) DO UPDATE SET
                seller_id = EXCLUDED.seller_id, name = EXCLUDED.name, description = EXCLUDED.description,
                sku = EXCLUDED.sku, price_amount = EXCLUDED.price_amount, price_currency = EXCLUDED.price_currency,
                status = EXCLUDED.status, last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at
            WHERE read.product.last_sequence < EXCLUDED.last_sequence
            """;

    // Later events change a few columns of a row the creation wrote; the same sequence guard keeps them idempotent.
    private static final String UPDATE_STATUS = """
            UPDATE read.product SET status = :status, last_sequence = :lastSequence, updated_at = :updatedAt
            WHERE product_id = :id AND last_sequence < :lastSequence
            """;

    private static final String UPDATE_PRICE = """
            UPDATE read.product SET price_amount = :priceAmount, price_currency = :priceCurrency,
                                    last_sequence = :lastSequence, updated_at = :updatedAt
            WHERE product_id = :id AND last_sequence < :lastSequence
            """;

    private static final RowMapper<ProductDetails> ROW = (rs, n) -> new ProductDetails(
            rs.getObject("product_id", UUID.class), rs.getString("seller_id"), rs.getString("name"),
            rs.getString("description"), rs.getString("sku"), rs.getLong("price_amount"),
            rs.getString("price_currency"), ProductStatus.valueOf(rs.getString("status")),
            rs.getLong("last_sequence"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant());

    private final JdbcClient jdbc;

    ProductDetailsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the row was written (false when the stored row is already as new or newer) */
    boolean upsert(ProductDetails product) {
        return jdbc.sql(UPSERT)
                .param("id", product.id())
                .param("sellerId", product.sellerId())
                .param("name", product.name())
                .param("description", product.description())
                .param("sku", product.sku())
                .param("priceAmount", product.priceAmount())
                .param("priceCurrency", product.priceCurrency())
                .param("status", product.status().name())
                .param("lastSequence", product.lastSequence())
                .param("createdAt", Timestamp.from(product.createdAt()))
                .param("updatedAt", Timestamp.from(product.updatedAt()))
                .update() == 1;
    }

    /** @return whether the row was written (false when it is already as new or newer) */
    boolean updateStatus(UUID id, ProductStatus status, long sequence, Instant at) {
        return jdbc.sql(UPDATE_STATUS)
                .param("id", id)
                .param("status", status.name())
                .param("lastSequence", sequence)
                .param("updatedAt", Timestamp.from(at))
                .update() == 1;
    }

    /** @return whether the row was written (false when it is already as new or newer) */
    boolean updatePrice(UUID id, long amount, String currency, long sequence, Instant at) {
        return jdbc.sql(UPDATE_PRICE)
                .param("id", id)
                .param("priceAmount", amount)
                .param("priceCurrency", currency)
                .param("lastSequence", sequence)
                .param("updatedAt", Timestamp.from(at))
                .update() == 1;
    }

    Optional<ProductDetails> findById(UUID id) {
        return jdbc.sql("SELECT * FROM read.product WHERE product_id = :id").param("id", id).query(ROW).optional();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM read.product").update();
    }
}
