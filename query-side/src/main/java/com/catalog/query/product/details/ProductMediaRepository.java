package com.catalog.query.product.details;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Images and the featured flag of {@code read.product}; every write guarded by the aggregate sequence. */
@Repository
class ProductMediaRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ProductMedia.Image>> IMAGES = new TypeReference<>() {
    };
    private static final String GUARD = " WHERE product_id = :id AND last_sequence < :sequence";

    private final JdbcClient jdbc;

    ProductMediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addImage(UUID id, ProductMedia.Image image, long sequence) {
        update("images = images || jsonb_build_array(CAST(:image AS jsonb))", id, sequence, "image", write(image));
    }

    void removeImage(UUID id, String imageId, long sequence) {
        update("""
                images = (SELECT coalesce(jsonb_agg(e ORDER BY n), '[]'::jsonb)
                          FROM jsonb_array_elements(images) WITH ORDINALITY AS t(e, n) WHERE e->>'id' <> :imageId)""",
                id, sequence, "imageId", imageId);
    }

    void reorderImages(UUID id, List<String> imageIds, long sequence) {
        update("""
                images = (SELECT coalesce(jsonb_agg(e ORDER BY array_position(CAST(:ids AS text[]), e->>'id')), '[]'::jsonb)
                          FROM jsonb_array_elements(images) AS t(e))""",
                id, sequence, "ids", imageIds.toArray(String[]::new));
    }

    /**
     * Sets the whole list (an undo). The same event also changes the row's details and prices, and that handler
     * moves the sequence; whichever of the two runs first, this one must still land, so it lets the event's own
     * sequence through and leaves the sequence alone. Writing the same list again on redelivery is harmless.
     */
    void replaceImages(UUID id, List<ProductMedia.Image> images, long sequence) {
        jdbc.sql("UPDATE read.product SET images = CAST(:images AS jsonb) WHERE product_id = :id AND last_sequence <= :sequence")
                .param("id", id).param("sequence", sequence).param("images", write(images)).update();
    }

    void feature(UUID id, boolean featured, long sequence) {
        update("featured = :featured", id, sequence, "featured", featured);
    }

    Optional<ProductMedia> find(UUID id) {
        return jdbc.sql("SELECT images, featured FROM read.product WHERE product_id = :id").param("id", id)
                .query((rs, n) -> new ProductMedia(read(rs.getString("images")), rs.getBoolean("featured")))
                .optional();
    }

    private void update(String assignment, UUID id, long sequence, String name, Object value) {
        jdbc.sql("UPDATE read.product SET " + assignment + ", last_sequence = :sequence" + GUARD)
                .param("id", id).param("sequence", sequence).param(name, value).update();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write read-model JSON", e);
        }
    }

    private static List<ProductMedia.Image> read(String json) {
        try {
            return JSON.readValue(json, IMAGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model JSON", e);
        }
    }
}
