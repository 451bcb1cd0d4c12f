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
 * @param staged    true: the change went to the product's staged version, which buyers do not see until a
 *                  {@code staged-changes-published} (or {@code published}) event of the product follows; a
 *                  {@code staged-changes-discarded} event drops it (additive in v1: absent means false)
 */
public record ProductImageAddedIntegrationEvent(
        String productId,
        long sequence,
        String imageId,
        String url,
        String altText, boolean staged) {

    public static final String TYPE = "com.catalog.product.image-added.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
