package com.catalog.events.integration;

/**
 * Public contract: an admin restored a discontinued product. Published on topic {@code catalog.product.v1} with CloudEvents type {@value #TYPE};
 * only additive changes within v1.
 *
 * @param productId    the product (also the Kafka key and CloudEvents subject)
 * @param sequence     the product's event sequence number: per-product order, for de-duplication
 * @param statusBefore lifecycle status before this event
 * @param statusAfter  lifecycle status after this event
 */
public record ProductRestoredIntegrationEvent(String productId, long sequence, String statusBefore, String statusAfter) {

    public static final String TYPE = "com.catalog.product.restored.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
