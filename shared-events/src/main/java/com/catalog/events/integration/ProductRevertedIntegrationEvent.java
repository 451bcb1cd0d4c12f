package com.catalog.events.integration;

import java.util.List;
import java.util.Map;

/**
 * Public contract: the owner or an admin undid changes back to an earlier version. Carries the whole restored state
 * of what an undo reverts, so a subscriber replaces its copy of it; status, SKU and featuring are not reverted. Like
 * every staged change on this topic, the staged version is told apart: {@code current}, {@code prices},
 * {@code compareAtPrices}, {@code variants} and {@code images} are what buyers see (the only SKUs they can buy), the
 * {@code staged*} fields what buyers will see once the staged changes are published (equal when nothing is staged).
 * Topic {@code catalog.product.v1}, CloudEvents type {@value #TYPE}; only additive changes within v1.
 *
 * @param productId         the product (also the Kafka key and CloudEvents subject)
 * @param sequence          the product's event sequence number: per-product order, for de-duplication
 * @param revertedToVersion the earlier version (sequence) whose state this restores
 * @param current           the details buyers see now
 * @param staged            the staged details (equal to {@code current} when nothing is staged)
 * @param prices            one price per currency, primary first, as buyers see them
 * @param compareAtPrices   "was" prices, as buyers see them
 * @param variants          the variants buyers can buy now (empty prices: the product's apply)
 * @param images            the images buyers see, in display order
 * @param stagedPrices          the staged version's prices
 * @param stagedCompareAtPrices the staged version's "was" prices
 * @param stagedVariants        the staged version's variants (not buyable until published)
 * @param stagedImages          the staged version's images
 * @param sku                   the product's own (default) SKU, which an undo never changes: with the variants' SKUs,
 *                              everything a subscriber needs to reset its copy of the product's SKUs (added within v1;
 *                              absent from records published before)
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
        List<Image> images,
        List<PriceV1> stagedPrices,
        List<PriceV1> stagedCompareAtPrices,
        List<Variant> stagedVariants,
        List<Image> stagedImages,
        String sku) {

    public static final String TYPE = "com.catalog.product.reverted.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;

    /** A variant of one version. */
    public record Variant(String variantId, String sku, Map<String, String> options, List<PriceV1> prices) {
    }

    /** An image. */
    public record Image(String imageId, String url, String altText) {
    }
}
