package com.catalog.events.integration;

/**
 * Public contract: a variant was removed; its SKU is no longer sold under this product. Topic
 * {@code catalog.product.v1}, CloudEvents type {@value #TYPE}.
 *
 * @param productId the product (also the Kafka key and CloudEvents subject)
 * @param sequence  the product's event sequence number: per-product order, for de-duplication
 * @param variantId the removed variant
 * @param sku       the SKU it had
 * @param staged    true: the change went to the product's staged version, which buyers do not see until a
 *                  {@code staged-changes-published} (or {@code published}) event of the product follows; a
 *                  {@code staged-changes-discarded} event drops it (additive in v1: absent means false)
 */
public record ProductVariantRemovedIntegrationEvent(String productId, long sequence, String variantId, String sku, boolean staged) {

    public static final String TYPE = "com.catalog.product.variant-removed.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
