package com.catalog.events.integration;

/**
 * Public contract: an admin featured the product. Topic {@code catalog.product.v1}, CloudEvents type {@value #TYPE};
 * only additive changes within v1.
 *
 * @param productId the product (also the Kafka key and CloudEvents subject)
 * @param sequence  the product's event sequence number: per-product order, for de-duplication
 */
public record ProductFeaturedIntegrationEvent(
        String productId,
        long sequence) {

    public static final String TYPE = "com.catalog.product.featured.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
