package com.catalog.query.product.details;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductRevertedEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL access to {@code product_variant}; every write is guarded by the product's aggregate sequence. Each row
 * holds the variant's current version ({@code options}, {@code prices}, {@code removed}) and its staged one
 * ({@code staged_*}); publishing copies staged to current, discarding current to staged, in one statement each.
 */
@Repository
class ProductVariantRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> OPTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<CurrencyAmount>> PRICES = new TypeReference<>() {
    };

    private static final String ADD = """
            INSERT INTO product_variant (product_id, variant_id, sku, options, prices, position, last_sequence,
                                              removed, staged_options, staged_prices, staged_removed)
            VALUES (:productId, :variantId, :sku, CAST(:options AS jsonb), CAST(:prices AS jsonb), :sequence, :sequence,
                    :staged, CAST(:options AS jsonb), CAST(:prices AS jsonb), FALSE)
            ON CONFLICT (product_id, variant_id) DO NOTHING""";
    private static final String CHANGE_STAGED = """
            UPDATE product_variant SET staged_options = CAST(:options AS jsonb), staged_prices = CAST(:prices AS jsonb),
                                            last_sequence = :sequence
            WHERE product_id = :productId AND variant_id = :variantId AND last_sequence < :sequence""";
    private static final String CHANGE_BOTH = """
            UPDATE product_variant SET options = CAST(:options AS jsonb), prices = CAST(:prices AS jsonb),
                                            staged_options = CAST(:options AS jsonb), staged_prices = CAST(:prices AS jsonb),
                                            last_sequence = :sequence
            WHERE product_id = :productId AND variant_id = :variantId AND last_sequence < :sequence""";
    private static final String REMOVE = """
            UPDATE product_variant SET removed = removed OR NOT :staged, staged_removed = TRUE,
                                            last_sequence = :sequence
            WHERE product_id = :productId AND variant_id = :variantId AND last_sequence < :sequence""";
    private static final String PUBLISH = """
            UPDATE product_variant SET options = staged_options, prices = staged_prices, removed = staged_removed,
                                            last_sequence = :sequence
            WHERE product_id = :productId AND last_sequence < :sequence""";
    private static final String DISCARD = """
            UPDATE product_variant SET staged_options = options, staged_prices = prices, staged_removed = removed,
                                            last_sequence = :sequence
            WHERE product_id = :productId AND last_sequence < :sequence""";
    private static final String STAGED_DIFFERS = """
            SELECT EXISTS (SELECT 1 FROM product_variant
                           WHERE product_id = :productId AND NOT (removed AND staged_removed)
                             AND (removed <> staged_removed OR options <> staged_options OR prices <> staged_prices))""";

    private static final String REMOVE_ALL_BUT = """
            UPDATE product_variant SET removed = TRUE, staged_removed = TRUE, last_sequence = :sequence
            WHERE product_id = :productId AND last_sequence < :sequence AND NOT variant_id = ANY(:keep)""";
    /** A version without the variant marks it removed there; its values then are the other version's (unread). */
    private static final String RESTORE = """
            INSERT INTO product_variant (product_id, variant_id, sku, options, prices, position, last_sequence,
                                              removed, staged_options, staged_prices, staged_removed)
            VALUES (:productId, :variantId, :sku, CAST(:options AS jsonb), CAST(:prices AS jsonb), :sequence, :sequence,
                    :removed, CAST(:stagedOptions AS jsonb), CAST(:stagedPrices AS jsonb), :stagedRemoved)
            ON CONFLICT (product_id, variant_id) DO UPDATE
            SET sku = EXCLUDED.sku, options = EXCLUDED.options, prices = EXCLUDED.prices, removed = EXCLUDED.removed,
                staged_options = EXCLUDED.staged_options, staged_prices = EXCLUDED.staged_prices,
                staged_removed = EXCLUDED.staged_removed, last_sequence = EXCLUDED.last_sequence
            WHERE product_variant.last_sequence < EXCLUDED.last_sequence""";

    private final JdbcClient jdbc;

    ProductVariantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A staged variant is in the staged version only (not current) until it is published. */
    void add(UUID productId, String variantId, String sku, Map<String, String> options, List<CurrencyAmount> prices,
             boolean staged, long sequence) {
        jdbc.sql(ADD).param("productId", productId).param("variantId", variantId).param("sku", sku)
                .param("options", write(options)).param("prices", write(prices)).param("staged", staged)
                .param("sequence", sequence).update();
    }

    void change(UUID productId, String variantId, Map<String, String> options, List<CurrencyAmount> prices,
                boolean staged, long sequence) {
        jdbc.sql(staged ? CHANGE_STAGED : CHANGE_BOTH).param("productId", productId).param("variantId", variantId)
                .param("options", write(options)).param("prices", write(prices)).param("sequence", sequence).update();
    }

    void remove(UUID productId, String variantId, boolean staged, long sequence) {
        jdbc.sql(REMOVE).param("productId", productId).param("variantId", variantId).param("staged", staged)
                .param("sequence", sequence).update();
    }

    /** The staged variants become current. */
    void publish(UUID productId, long sequence) {
        jdbc.sql(PUBLISH).param("productId", productId).param("sequence", sequence).update();
    }

    /** The staged variants are the current ones again. */
    void discard(UUID productId, long sequence) {
        jdbc.sql(DISCARD).param("productId", productId).param("sequence", sequence).update();
    }

    boolean hasStagedChanges(UUID productId) {
        return jdbc.sql(STAGED_DIFFERS).param("productId", productId).query(Boolean.class).single();
    }

    /**
     * An undo: exactly these variants are live in each version; one that comes back keeps its old place. The lists
     * are small (the aggregate caps them), so one statement per variant.
     */
    void replaceAll(UUID productId, List<ProductRevertedEvent.Variant> current, List<ProductRevertedEvent.Variant> staged,
                    long sequence) {
        Map<String, ProductRevertedEvent.Variant> currentById = byId(current);
        Map<String, ProductRevertedEvent.Variant> stagedById = byId(staged);
        Set<String> live = new LinkedHashSet<>(currentById.keySet());
        live.addAll(stagedById.keySet());
        jdbc.sql(REMOVE_ALL_BUT).param("productId", productId).param("sequence", sequence)
                .param("keep", live.toArray(String[]::new)).update();
        for (String variantId : live) {
            ProductRevertedEvent.Variant now = currentById.get(variantId);
            ProductRevertedEvent.Variant edited = stagedById.get(variantId);
            ProductRevertedEvent.Variant either = now != null ? now : edited;
            ProductRevertedEvent.Variant stagedOrNow = edited != null ? edited : now;
            jdbc.sql(RESTORE).param("productId", productId).param("variantId", variantId).param("sku", either.sku())
                    .param("options", write(either.options())).param("prices", write(either.prices()))
                    .param("removed", now == null).param("stagedOptions", write(stagedOrNow.options()))
                    .param("stagedPrices", write(stagedOrNow.prices())).param("stagedRemoved", edited == null)
                    .param("sequence", sequence).update();
        }
    }

    private static Map<String, ProductRevertedEvent.Variant> byId(List<ProductRevertedEvent.Variant> variants) {
        Map<String, ProductRevertedEvent.Variant> byId = new LinkedHashMap<>();
        variants.forEach(v -> byId.put(v.variantId(), v));
        return byId;
    }

    /** The live variants of the current (or staged) version in the order they were added. */
    List<ProductVariantRow> variantsOf(UUID productId, boolean staged) {
        String sql = staged
                ? """
                SELECT variant_id, sku, staged_options AS options, staged_prices AS prices FROM product_variant
                WHERE product_id = :productId AND NOT staged_removed ORDER BY position"""
                : """
                SELECT variant_id, sku, options, prices FROM product_variant
                WHERE product_id = :productId AND NOT removed ORDER BY position""";
        return jdbc.sql(sql)
                .param("productId", productId)
                .query((rs, n) -> new ProductVariantRow(rs.getString("variant_id"), rs.getString("sku"),
                        read(rs.getString("options"), OPTIONS), read(rs.getString("prices"), PRICES)))
                .list();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM product_variant").update();
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
