package com.catalog.query.product.details;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Images and the featured flag of {@code product}; every write guarded by the aggregate sequence. Images have a
 * current version ({@code images}, what buyers see) and a staged one ({@code staged_images}).
 */
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

    /** Appends to the staged images, and to the current ones too unless {@code staged}. */
    void addImage(UUID id, ProductMedia.Image image, boolean staged, long sequence) {
        update(imagesChange("%s || jsonb_build_array(CAST(:image AS jsonb))", staged), id, sequence, "image", write(image));
    }

    void removeImage(UUID id, String imageId, boolean staged, long sequence) {
        update(imagesChange("""
                (SELECT coalesce(jsonb_agg(e ORDER BY n), '[]'::jsonb)
                 FROM jsonb_array_elements(%s) WITH ORDINALITY AS t(e, n) WHERE e->>'id' <> :imageId)""", staged),
                id, sequence, "imageId", imageId);
    }

    void reorderImages(UUID id, List<String> imageIds, boolean staged, long sequence) {
        update(imagesChange("""
                (SELECT coalesce(jsonb_agg(e ORDER BY array_position(CAST(:ids AS text[]), e->>'id')), '[]'::jsonb)
                 FROM jsonb_array_elements(%s) AS t(e))""", staged),
                id, sequence, "ids", imageIds.toArray(String[]::new));
    }

    /**
     * The staged images become current (publish) or the current ones staged again (discard). Not guarded: called
     * within the publish or discard the product row's sequence guard already let through.
     */
    void copyImages(UUID id, boolean stagedToCurrent) {
        jdbc.sql("UPDATE product SET " + (stagedToCurrent ? "images = staged_images" : "staged_images = images")
                + " WHERE product_id = :id").param("id", id).update();
    }

    boolean hasStagedImages(UUID id) {
        return jdbc.sql("SELECT images <> staged_images FROM product WHERE product_id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The assignment applying {@code expression} (with %s for the column) to the staged images, and current too. */
    private static String imagesChange(String expression, boolean staged) {
        String stagedChange = "staged_images = " + expression.formatted("staged_images");
        return staged ? stagedChange : stagedChange + ", images = " + expression.formatted("images");
    }

    /**
     * Sets both whole lists (an undo). The same event also changes the row's details and prices, and that handler
     * moves the sequence; whichever of the two runs first, this one must still land, so it lets the event's own
     * sequence through and leaves the sequence alone. Writing the same lists again on redelivery is harmless.
     */
    void replaceImages(UUID id, List<ProductMedia.Image> images, List<ProductMedia.Image> stagedImages, long sequence) {
        jdbc.sql("""
                        UPDATE product SET images = CAST(:images AS jsonb), staged_images = CAST(:stagedImages AS jsonb)
                        WHERE product_id = :id AND last_sequence <= :sequence""")
                .param("id", id).param("sequence", sequence).param("images", write(images))
                .param("stagedImages", write(stagedImages)).update();
    }

    void feature(UUID id, boolean featured, long sequence) {
        update("featured = :featured", id, sequence, "featured", featured);
    }

    /** The images of the current (or staged) version and the featured flag. */
    Optional<ProductMedia> find(UUID id, boolean staged) {
        return jdbc.sql("SELECT " + (staged ? "staged_images" : "images") + " AS images, featured FROM product "
                        + "WHERE product_id = :id").param("id", id)
                .query((rs, n) -> new ProductMedia(read(rs.getString("images")), rs.getBoolean("featured")))
                .optional();
    }

    private void update(String assignment, UUID id, long sequence, String name, Object value) {
        jdbc.sql("UPDATE product SET " + assignment + ", last_sequence = :sequence" + GUARD)
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
