package com.catalog.events.integration;

/**
 * Public contract: an image was added after the existing ones; the URL is stored, never fetched by the catalog. Topic {@code catalog.product.v1}, CloudEvents type {@value #TYPE};
 * only additive changes within v1.
 *
 * @param productId the product (also the Kafka key and CloudEvents subject)
 * @param sequence  the product's event sequence number: per-product order, for de-duplication
 * @param imageId the image, unique within the product
 * @param url absolute http(s) URL
 * @param altText alternative text (may be empty)
 */
public record ProductImageAddedIntegrationEvent(
        String productId,
        long sequence,
        String imageId,
        String url,
        String altText) {

    public static final String TYPE = "com.catalog.product.image-added.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
