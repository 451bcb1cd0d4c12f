package com.catalog.events.integration;

/**
 * Public contract: the images were put in a new order (main image first). Topic {@code catalog.product.v1}, CloudEvents type {@value #TYPE};
 * only additive changes within v1.
 *
 * @param productId the product (also the Kafka key and CloudEvents subject)
 * @param sequence  the product's event sequence number: per-product order, for de-duplication
 * @param before image ids in the old order
 * @param after image ids in the new order
 * @param staged    true: the change went to the product's staged version, which buyers do not see until a
 *                  {@code staged-changes-published} (or {@code published}) event of the product follows; a
 *                  {@code staged-changes-discarded} event drops it (additive in v1: absent means false)
 */
public record ProductImagesReorderedIntegrationEvent(
        String productId,
        long sequence,
        java.util.List<String> before,
        java.util.List<String> after, boolean staged) {

    public static final String TYPE = "com.catalog.product.images-reordered.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
