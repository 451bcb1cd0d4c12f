package com.catalog.query.product.mine;

import com.catalog.query.product.ProductPrice;
import com.catalog.query.product.ProductStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A seller's products in every status, from the product page read model ({@code read.product}, written by the
 * product-details processor), newest first with the id as tie-breaker (index {@code product_seller_created_idx}).
 */
@Repository
class MyProductsRepository {

    /** The processor that writes {@code read.product}: reads wait for it. */
    static final String PROCESSOR = "product-details";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ProductPrice>> PRICES = new TypeReference<>() {
    };
    private static final String FILTER = " FROM read.product WHERE seller_id = :seller AND status = ANY(CAST(:statuses AS varchar[]))";

    private final JdbcClient jdbc;

    MyProductsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} products after {@code after} (null: from the newest). */
    List<MyProduct> page(String sellerId, Set<ProductStatus> statuses, MyProductsCursor after, int limit) {
        String keyset = after == null ? "" : " AND (created_at, product_id) < (:createdAt, :id)";
        JdbcClient.StatementSpec query = jdbc.sql("SELECT *, current_details IS DISTINCT FROM staged_details AS staged_changes"
                        + FILTER + keyset + " ORDER BY created_at DESC, product_id DESC LIMIT :limit")
                .param("seller", sellerId).param("statuses", array(statuses)).param("limit", limit);
        if (after != null) {
            query = query.param("createdAt", Timestamp.from(after.createdAt())).param("id", after.id());
        }
        return query.query(MyProductsRepository::product).list();
    }

    long count(String sellerId, Set<ProductStatus> statuses) {
        return jdbc.sql("SELECT count(*)" + FILTER).param("seller", sellerId).param("statuses", array(statuses))
                .query(Long.class).single();
    }

    private static String array(Set<ProductStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    private static MyProduct product(ResultSet rs, int rowNumber) throws SQLException {
        return new MyProduct(rs.getObject("product_id", UUID.class), rs.getString("name"), rs.getString("slug"),
                rs.getString("sku"), ProductStatus.valueOf(rs.getString("status")), prices(rs.getString("prices")),
                rs.getString("category_id"), rs.getString("brand_id"), rs.getBoolean("featured"),
                rs.getBoolean("staged_changes"), rs.getLong("last_sequence"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<ProductPrice> prices(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, PRICES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model JSON", e);
        }
    }
}
