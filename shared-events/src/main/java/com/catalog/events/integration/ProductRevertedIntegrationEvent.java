package com.catalog.events.integration;

import java.util.List;
import java.util.Map;

/**
 * Public contract: the owner or an admin undid changes back to an earlier version. Carries the whole restored state
 * of what an undo reverts, so a subscriber replaces its copy of it; status, SKU and featuring are not reverted.
 * Topic {@code catalog.product.v1}, CloudEvents type {@value #TYPE}; only additive changes within v1.
 *
 * @param productId         the product (also the Kafka key and CloudEvents subject)
 * @param sequence          the product's event sequence number: per-product order, for de-duplication
 * @param revertedToVersion the earlier version (sequence) whose state this restores
 * @param current           the details buyers see now
 * @param staged            the staged details (equal to {@code current} when nothing is staged)
 * @param prices            one price per currency, primary first
 * @param compareAtPrices   "was" prices
 * @param variants          the variants now live (empty prices: the product's apply)
 * @param images            the images in display order
 */
public record ProductRevertedIntegrationEvent(
        String productId,
        long sequence,
        long revertedToVersion,
        ProductDetailsV1 current,
        ProductDetailsV1 staged,
        List<PriceV1> prices,
        List<PriceV1> compareAtPrices,
        List<Variant> variants,
        List<Image> images) {

    public static final String TYPE = "com.catalog.product.reverted.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;

    /** A live variant. */
    public record Variant(String variantId, String sku, Map<String, String> options, List<PriceV1> prices) {
    }

    /** An image. */
    public record Image(String imageId, String url, String altText) {
    }
}
