package com.catalog.query.product.details;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductRevertedEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL access to {@code read.product_variant}; every write is guarded by the product's aggregate sequence. */
@Repository
class ProductVariantRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<CurrencyAmount>> PRICES = new TypeReference<>() {
    };

    private static final String ADD = """
            INSERT INTO read.product_variant (product_id, variant_id, sku, options, prices, position, last_sequence)
            VALUES (:productId, :variantId, :sku, CAST(:options AS jsonb), CAST(:prices AS jsonb), :sequence, :sequence)
            ON CONFLICT (product_id, variant_id) DO NOTHING""";
    private static final String CHANGE = """
            UPDATE read.product_variant SET options = CAST(:options AS jsonb), prices = CAST(:prices AS jsonb),
                                            last_sequence = :sequence
            WHERE product_id = :productId AND variant_id = :variantId AND last_sequence < :sequence""";
    private static final String REMOVE = """
            UPDATE read.product_variant SET removed = TRUE, last_sequence = :sequence
            WHERE product_id = :productId AND variant_id = :variantId AND last_sequence < :sequence""";

    private static final String REMOVE_ALL_BUT = """
            UPDATE read.product_variant SET removed = TRUE, last_sequence = :sequence
            WHERE product_id = :productId AND last_sequence < :sequence AND NOT variant_id = ANY(:keep)""";
    private static final String RESTORE = """
            INSERT INTO read.product_variant (product_id, variant_id, sku, options, prices, position, last_sequence)
            VALUES (:productId, :variantId, :sku, CAST(:options AS jsonb), CAST(:prices AS jsonb), :sequence, :sequence)
            ON CONFLICT (product_id, variant_id) DO UPDATE
            SET options = EXCLUDED.options, prices = EXCLUDED.prices, removed = FALSE, last_sequence = EXCLUDED.last_sequence
            WHERE product_variant.last_sequence < EXCLUDED.last_sequence""";

    private final JdbcClient jdbc;

    ProductVariantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID productId, String variantId, String sku, Map<String, String> options, List<CurrencyAmount> prices,
             long sequence) {
        jdbc.sql(ADD).param("productId", productId).param("variantId", variantId).param("sku", sku)
                .param("options", write(options)).param("prices", write(prices)).param("sequence", sequence).update();
    }

    void change(UUID productId, String variantId, Map<String, String> options, List<CurrencyAmount> prices, long sequence) {
        jdbc.sql(CHANGE).param("productId", productId).param("variantId", variantId)
                .param("options", write(options)).param("prices", write(prices)).param("sequence", sequence).update();
    }

    void remove(UUID productId, String variantId, long sequence) {
        jdbc.sql(REMOVE).param("productId", productId).param("variantId", variantId).param("sequence", sequence).update();
    }

    /** An undo: exactly these variants are live; one that comes back keeps its old place. */
    void replaceAll(UUID productId, List<ProductRevertedEvent.Variant> live, long sequence) {
        jdbc.sql(REMOVE_ALL_BUT).param("productId", productId).param("sequence", sequence)
                .param("keep", live.stream().map(ProductRevertedEvent.Variant::variantId).toArray(String[]::new)).update();
        for (ProductRevertedEvent.Variant v : live) {
            jdbc.sql(RESTORE).param("productId", productId).param("variantId", v.variantId()).param("sku", v.sku())
                    .param("options", write(v.options())).param("prices", write(v.prices())).param("sequence", sequence)
                    .update();
        }
    }

    /** The live variants in the order they were added. */
    List<ProductVariantRow> variantsOf(UUID productId) {
        return jdbc.sql("""
                        SELECT variant_id, sku, options, prices FROM read.product_variant
                        WHERE product_id = :productId AND NOT removed ORDER BY position""")
                .param("productId", productId)
                .query((rs, n) -> new ProductVariantRow(rs.getString("variant_id"), rs.getString("sku"),
                        read(rs.getString("options"), OPTIONS), read(rs.getString("prices"), PRICES)))
                .list();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM read.product_variant").update();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write read-model JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model JSON", e);
        }
    }
}
