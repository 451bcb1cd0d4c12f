package com.catalog.events.integration;

/**
 * Public contract: a variant was removed; its SKU is no longer sold under this product. Topic
 * {@code catalog.product.v1}, CloudEvents type {@value #TYPE}.
 *
 * @param productId the product (also the Kafka key and CloudEvents subject)
 * @param sequence  the product's event sequence number: per-product order, for de-duplication
 * @param variantId the removed variant
 * @param sku       the SKU it had
 */
public record ProductVariantRemovedIntegrationEvent(String productId, long sequence, String variantId, String sku) {

    public static final String TYPE = "com.catalog.product.variant-removed.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
