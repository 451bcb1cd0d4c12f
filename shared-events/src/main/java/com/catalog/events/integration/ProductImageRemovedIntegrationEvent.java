package com.catalog.events.integration;

/**
 * Public contract: an image was removed. Topic {@code catalog.product.v1}, CloudEvents type {@value #TYPE};
 * only additive changes within v1.
 *
 * @param productId the product (also the Kafka key and CloudEvents subject)
 * @param sequence  the product's event sequence number: per-product order, for de-duplication
 * @param imageId the removed image
 * @param url its URL
 * @param staged    true: the change went to the product's staged version, which buyers do not see until a
 *                  {@code staged-changes-published} (or {@code published}) event of the product follows; a
 *                  {@code staged-changes-discarded} event drops it (additive in v1: absent means false)
 */
public record ProductImageRemovedIntegrationEvent(
        String productId,
        long sequence,
        String imageId,
        String url, boolean staged) {

    public static final String TYPE = "com.catalog.product.image-removed.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
