package com.catalog.events.integration;

import java.util.List;

/**
 * Public contract: an admin restored a discontinued product. Published on topic {@code catalog.product.v1} with
 * CloudEvents type {@value #TYPE}; only additive changes within v1.
 * <p>
 * It carries the product's SKUs as they are after the restore, so a subscriber that forgot them (one that learnt of
 * the product from a tombstone on {@code catalog.product-state.v1}, which has no body) gets them back without another
 * read. The variants follow the rule of every staged change: {@code variants} are the current version's, those buyers
 * can buy once the product is published; {@code stagedVariants} those of the staged version, which {@code published}
 * makes current (equal when nothing is staged).
 *
 * @param productId      the product (also the Kafka key and CloudEvents subject)
 * @param sequence       the product's event sequence number: per-product order, for de-duplication
 * @param statusBefore   lifecycle status before this event
 * @param statusAfter    lifecycle status after this event
 * @param sku            the product's own (default) SKU (added within v1; absent from records published before)
 * @param variants       the current version's variants (added within v1; absent from records published before)
 * @param stagedVariants the staged version's variants (added within v1; absent from records published before)
 */
public record ProductRestoredIntegrationEvent(String productId, long sequence, String statusBefore, String statusAfter,
                                              String sku, List<ProductVariantV1> variants,
                                              List<ProductVariantV1> stagedVariants) {

    public static final String TYPE = "com.catalog.product.restored.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
