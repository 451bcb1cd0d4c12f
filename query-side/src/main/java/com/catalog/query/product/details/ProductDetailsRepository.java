package com.catalog.query.product.details;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.query.product.ProductStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.catalog.query.deadletter.TransientFailures;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to {@code product}; runs inside the Axon batch's transaction when called by the projection. */
@Repository
class ProductDetailsRepository {

    /** The JSON columns hold records of plain values; a private mapper keeps their shape independent of the app's. */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<CurrencyAmount>> PRICES = new TypeReference<>() {
    };

    // The WHERE clause makes the upsert idempotent: a replayed or older event (sequence not above the stored one)
    // leaves the row untouched.
    private static final String UPSERT = """
            INSERT INTO product (product_id, seller_id, name, description, sku, price_amount, price_currency,
                                      status, last_sequence, created_at, updated_at, slug, category_id, brand_id,
                                      current_details, staged_details, prices, compare_at_prices, cost_price,
                                      staged_prices, staged_compare_at_prices)
            VALUES (:id, :sellerId, :name, :description, :sku, :priceAmount, :priceCurrency,
                    :status, :lastSequence, :createdAt, :updatedAt, :slug, :categoryId, :brandId,
                    CAST(:current AS jsonb), CAST(:staged AS jsonb), CAST(:prices AS jsonb),
                    CAST(:compareAtPrices AS jsonb), CAST(:costPrice AS jsonb), CAST(:stagedPrices AS jsonb),
                    CAST(:stagedCompareAtPrices AS jsonb))
            ON CONFLICT (product_id) DO UPDATE SET
                seller_id = EXCLUDED.seller_id, name = EXCLUDED.name, description = EXCLUDED.description,
                sku = EXCLUDED.sku, price_amount = EXCLUDED.price_amount, price_currency = EXCLUDED.price_currency,
                status = EXCLUDED.status, last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at,
                slug = EXCLUDED.slug, category_id = EXCLUDED.category_id, brand_id = EXCLUDED.brand_id,
                current_details = EXCLUDED.current_details, staged_details = EXCLUDED.staged_details,
                prices = EXCLUDED.prices, compare_at_prices = EXCLUDED.compare_at_prices, cost_price = EXCLUDED.cost_price,
                staged_prices = EXCLUDED.staged_prices, staged_compare_at_prices = EXCLUDED.staged_compare_at_prices
            WHERE product.last_sequence < EXCLUDED.last_sequence
            """;

    private static final String UPSERT_ALL = """
            INSERT INTO product (product_id, seller_id, name, description, sku, price_amount, price_currency,
                                 status, last_sequence, created_at, updated_at, slug, category_id, brand_id,
                                 current_details, staged_details, prices, compare_at_prices, cost_price,
                                 staged_prices, staged_compare_at_prices)
            SELECT id, seller_id, name, description, sku, price_amount, price_currency,
                   status, last_sequence, created_at, updated_at, slug, category_id, brand_id,
                   CAST(current_details AS jsonb), CAST(staged_details AS jsonb), CAST(prices AS jsonb),
                   CAST(compare_at_prices AS jsonb), CAST(cost_price AS jsonb), CAST(staged_prices AS jsonb),
                   CAST(staged_compare_at_prices AS jsonb)
            FROM unnest(CAST(:id AS uuid[]), CAST(:sellerId AS text[]), CAST(:name AS text[]),
                        CAST(:description AS text[]), CAST(:sku AS text[]), CAST(:priceAmount AS bigint[]),
                        CAST(:priceCurrency AS text[]), CAST(:status AS text[]), CAST(:lastSequence AS bigint[]),
                        CAST(:createdAt AS timestamptz[]), CAST(:updatedAt AS timestamptz[]), CAST(:slug AS text[]),
                        CAST(:categoryId AS text[]), CAST(:brandId AS text[]), CAST(:current AS text[]),
                        CAST(:staged AS text[]), CAST(:prices AS text[]), CAST(:compareAtPrices AS text[]),
                        CAST(:costPrice AS text[]), CAST(:stagedPrices AS text[]), CAST(:stagedCompareAtPrices AS text[]))
                 AS r (id, seller_id, name, description, sku, price_amount, price_currency,
                         status, last_sequence, created_at, updated_at, slug, category_id, brand_id,
                         current_details, staged_details, prices, compare_at_prices, cost_price,
                         staged_prices, staged_compare_at_prices)
            """ + UPSERT.substring(UPSERT.indexOf("ON CONFLICT"));

    // Later events change a few columns of a row the creation wrote; the same sequence guard keeps them idempotent.
    private static final String UPDATE_STATUS = """
            UPDATE product SET status = :status, last_sequence = :lastSequence, updated_at = :updatedAt
            WHERE product_id = :id AND last_sequence < :lastSequence
            """;

    private static final RowMapper<ProductDetails> ROW = (rs, n) -> new ProductDetails(
            rs.getObject("product_id", UUID.class), rs.getString("seller_id"), rs.getString("name"),
            rs.getString("description"), rs.getString("sku"), rs.getLong("price_amount"),
            rs.getString("price_currency"), ProductStatus.valueOf(rs.getString("status")),
            rs.getLong("last_sequence"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant(),
            read(rs.getString("current_details"), ProductDetailFields.class),
            read(rs.getString("staged_details"), ProductDetailFields.class),
            readPrices(rs.getString("prices")), readPrices(rs.getString("compare_at_prices")),
            read(rs.getString("cost_price"), CurrencyAmount.class),
            readPrices(rs.getString("staged_prices")), readPrices(rs.getString("staged_compare_at_prices")));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final DataSource dataSource;

    ProductDetailsRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.dataSource = dataSource;
    }

    /** @return whether the row was written (false when the stored row is already as new or newer) */
    boolean upsert(ProductDetails product) {
        return batch.update(UPSERT, parameters(product)) == 1;
    }

    /**
     * Writes many rows in one statement (one round trip, one plan, however many rows), each with the sequence guard
     * of {@link #upsert}: the write-behind of one Axon batch ({@link BatchedProducts}). The rows travel as one array
     * per column, {@code unnest}ed into an {@code INSERT … SELECT … ON CONFLICT}; the ids must differ (they are a
     * batch's distinct products), as one statement cannot update a row twice.
     */
    void upsertAll(Collection<ProductDetails> products) {
        if (!products.isEmpty()) {
            jdbc.sql(UPSERT_ALL).paramSource(ProductRowArrays.of(products).parameters()).update();
        }
    }

    /**
     * {@link #upsertAll} behind a savepoint. When PostgreSQL refuses the batch for good (a constraint: no retry mends
     * it), the rows are tried one by one, each behind a savepoint of its own, to find the refused ones; the others
     * stay written. Transient failures (connection, lock) propagate untouched, for the batch's retry.
     *
     * @return the refused rows' ids with the first refusal; empty when every row was written
     */
    Refused upsertAllOrFindRefused(Collection<ProductDetails> products) {
        if (products.isEmpty()) {
            return Refused.NONE;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            Savepoint all = connection.setSavepoint();
            try {
                upsertAll(products);
                connection.releaseSavepoint(all);
                return Refused.NONE;
            } catch (DataAccessException refused) {
                if (TransientFailures.isTransient(refused)) {
                    throw refused;
                }
                connection.rollback(all);
                List<UUID> ids = new ArrayList<>();
                for (ProductDetails product : products) {
                    Savepoint one = connection.setSavepoint();
                    try {
                        upsert(product);
                        connection.releaseSavepoint(one);
                    } catch (DataAccessException e) {
                        connection.rollback(one);
                        ids.add(product.id());
                    }
                }
                return new Refused(ids, refused);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("savepoint of the product rows' batch write failed", e);
        }
    }

    /** Rows PostgreSQL refused for good, and why. */
    record Refused(List<UUID> ids, RuntimeException cause) {
        static final Refused NONE = new Refused(List.of(), null);
    }

    /**
     * The rows of these products in one SELECT, with what a publish or discard needs to know to skip its extra
     * statements: whether the product has variant rows, and whether its staged images differ from the current ones.
     */
    Map<UUID, BatchedProducts.Held> findAllForBatch(Collection<UUID> ids) {
        Map<UUID, BatchedProducts.Held> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        jdbc.sql("""
                        SELECT p.*, EXISTS (SELECT 1 FROM product_variant v WHERE v.product_id = p.product_id) AS has_variants,
                               p.images IS DISTINCT FROM p.staged_images AS images_differ
                        FROM product p WHERE p.product_id = ANY(:ids)""")
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> new BatchedProducts.Held(ROW.mapRow(rs, n), rs.getBoolean("has_variants"),
                        rs.getBoolean("images_differ")))
                .list()
                .forEach(held -> rows.put(held.row().id(), held));
        return rows;
    }

    private static MapSqlParameterSource parameters(ProductDetails product) {
        ProductDetailFields staged = product.staged();
        return new MapSqlParameterSource()
                .addValue("id", product.id())
                .addValue("sellerId", product.sellerId())
                .addValue("name", product.name())
                .addValue("description", product.description())
                .addValue("sku", product.sku())
                .addValue("priceAmount", product.priceAmount())
                .addValue("priceCurrency", product.priceCurrency())
                .addValue("status", product.status().name())
                .addValue("lastSequence", product.lastSequence())
                .addValue("createdAt", Timestamp.from(product.createdAt()))
                .addValue("updatedAt", Timestamp.from(product.updatedAt()))
                .addValue("slug", product.current() == null ? null : product.current().slug())
                .addValue("categoryId", staged == null ? null : staged.categoryId())
                .addValue("brandId", staged == null ? null : staged.brandId())
                .addValue("current", write(product.current()))
                .addValue("staged", write(staged))
                .addValue("prices", write(product.prices()))
                .addValue("compareAtPrices", write(product.compareAtPrices()))
                .addValue("costPrice", write(product.costPrice()))
                .addValue("stagedPrices", write(product.stagedPrices()))
                .addValue("stagedCompareAtPrices", write(product.stagedCompareAtPrices()));
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

    Optional<ProductDetails> findById(UUID id) {
        return jdbc.sql("SELECT * FROM product WHERE product_id = :id").param("id", id).query(ROW).optional();
    }

    /** The published product with this current slug; slugs are unique on the write side. */
    Optional<UUID> findPublishedIdBySlug(String slug) {
        return jdbc.sql("SELECT product_id FROM product WHERE slug = :slug AND status = 'PUBLISHED' LIMIT 1")
                .param("slug", slug).query(UUID.class).optional();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM product").update();
    }

    static String write(Object value) {
        try {
            return value == null ? null : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write read-model JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model JSON", e);
        }
    }

    private static List<CurrencyAmount> readPrices(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, PRICES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model JSON", e);
        }
    }
}
