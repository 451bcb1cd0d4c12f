package com.catalog.events.integration;

/**
 * Public contract: an image was removed. Topic {@code catalog.product.v1}, CloudEvents type {@value #TYPE};
 * only additive changes within v1.
 *
 * @param productId the product (also the Kafka key and CloudEvents subject)
 * @param sequence  the product's event sequence number: per-product order, for de-duplication
 * @param imageId the removed image
 * @param url its URL
 */
public record ProductImageRemovedIntegrationEvent(
        String productId,
        long sequence,
        String imageId,
        String url) {

    public static final String TYPE = "com.catalog.product.image-removed.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
