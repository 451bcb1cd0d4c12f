package com.catalog.query.product.stats;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.query.product.ProductStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL access to {@code product_stats} and the price and status history. Writes run in the Axon batch's
 * transaction; the row is guarded by the aggregate sequence and history rows are keyed by it, so they are idempotent.
 */
@Repository
class ProductStatsRepository {

    /** The price list is a record of plain values; a private mapper keeps its shape independent of the app's. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<CurrencyAmount>> PRICES = new TypeReference<>() {
    };
    private static final String UPSERT = """
            INSERT INTO product_stats (product_id, seller_id, status, current_category_id, current_brand_id,
                staged_category_id, staged_brand_id, prices, staged_prices, change_count, created_at, last_changed_at,
                last_sequence)
            VALUES (:id, :sellerId, :status, :currentCategory, :currentBrand, :stagedCategory, :stagedBrand,
                CAST(:prices AS jsonb), CAST(:stagedPrices AS jsonb), :changes, :createdAt, :lastChangedAt, :sequence)
            ON CONFLICT (product_id) DO UPDATE SET status = EXCLUDED.status,
                current_category_id = EXCLUDED.current_category_id, current_brand_id = EXCLUDED.current_brand_id,
                staged_category_id = EXCLUDED.staged_category_id, staged_brand_id = EXCLUDED.staged_brand_id,
                prices = EXCLUDED.prices, staged_prices = EXCLUDED.staged_prices, change_count = EXCLUDED.change_count,
                last_changed_at = EXCLUDED.last_changed_at, last_sequence = EXCLUDED.last_sequence
            WHERE product_stats.last_sequence < EXCLUDED.last_sequence""";

    /** A status a product entered at one of its events. */
    record StatusChange(ProductStatus status, Instant at) {
    }

    /** A price set at one of a product's events; {@code amount} null: the currency was removed. */
    record PriceChange(String currency, Long amount, Instant at) {
    }

    private final JdbcClient jdbc;

    ProductStatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(ProductFacts facts) {
        jdbc.sql(UPSERT).param("id", facts.id()).param("sellerId", facts.sellerId()).param("status", facts.status().name())
                .param("currentCategory", facts.currentCategoryId()).param("currentBrand", facts.currentBrandId())
                .param("stagedCategory", facts.stagedCategoryId()).param("stagedBrand", facts.stagedBrandId())
                .param("prices", write(facts.prices()))
                .param("stagedPrices", facts.stagedPrices() == null ? null : write(facts.stagedPrices()))
                .param("changes", facts.changeCount())
                .param("createdAt", Timestamp.from(facts.createdAt()))
                .param("lastChangedAt", Timestamp.from(facts.lastChangedAt())).param("sequence", facts.lastSequence())
                .update();
    }

    void recordStatus(UUID id, long sequence, ProductStatus status, Instant at) {
        jdbc.sql("""
                        INSERT INTO product_status_change (product_id, sequence, status, changed_at)
                        VALUES (:id, :sequence, :status, :at) ON CONFLICT DO NOTHING""")
                .param("id", id).param("sequence", sequence).param("status", status.name())
                .param("at", Timestamp.from(at)).update();
    }

    /** @param amounts currency → new amount, null for a removed currency */
    void recordPrices(UUID id, long sequence, Map<String, Long> amounts, Instant at) {
        amounts.forEach((currency, amount) -> jdbc.sql("""
                        INSERT INTO product_price_change (product_id, sequence, currency, amount, changed_at)
                        VALUES (:id, :sequence, :currency, :amount, :at) ON CONFLICT DO NOTHING""")
                .param("id", id).param("sequence", sequence).param("currency", currency).param("amount", amount)
                .param("at", Timestamp.from(at)).update());
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM product_price_change").update();
        jdbc.sql("DELETE FROM product_status_change").update();
        jdbc.sql("DELETE FROM product_stats").update();
    }

    Optional<ProductFacts> findById(UUID id) {
        return jdbc.sql("SELECT * FROM product_stats WHERE product_id = :id").param("id", id)
                .query(ProductStatsRepository::facts).optional();
    }

    /** Oldest first. */
    List<StatusChange> statusHistory(UUID id) {
        return jdbc.sql("SELECT * FROM product_status_change WHERE product_id = :id ORDER BY sequence")
                .param("id", id).query((rs, n) -> new StatusChange(ProductStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("changed_at").toInstant())).list();
    }

    /** Per currency, oldest first; a null amount means the currency was removed. */
    List<PriceChange> priceHistory(UUID id) {
        return jdbc.sql("SELECT * FROM product_price_change WHERE product_id = :id ORDER BY currency, sequence")
                .param("id", id).query((rs, n) -> new PriceChange(rs.getString("currency"),
                        rs.getObject("amount", Long.class), rs.getTimestamp("changed_at").toInstant())).list();
    }

    private static ProductFacts facts(ResultSet rs, int rowNumber) throws SQLException {
        return new ProductFacts(rs.getObject("product_id", UUID.class), rs.getString("seller_id"),
                ProductStatus.valueOf(rs.getString("status")), rs.getString("current_category_id"),
                rs.getString("current_brand_id"), rs.getString("staged_category_id"), rs.getString("staged_brand_id"),
                read(rs.getString("prices")),
                rs.getString("staged_prices") == null ? null : read(rs.getString("staged_prices")), rs.getInt("change_count"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_changed_at").toInstant(), rs.getLong("last_sequence"));
    }

    private static String write(List<CurrencyAmount> prices) {
        try {
            return JSON.writeValueAsString(prices);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write read-model JSON", e);
        }
    }

    private static List<CurrencyAmount> read(String json) {
        try {
            return JSON.readValue(json, PRICES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model JSON", e);
        }
    }
}
