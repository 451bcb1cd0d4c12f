package com.catalog.events.integration;

/**
 * Public contract: the staged changes of a published product (the {@code staged} details-changed events since its
 * last publication) are now what buyers see. Topic {@code catalog.product.v1}, CloudEvents type {@value #TYPE}.
 *
 * @param productId the product (also the Kafka key and CloudEvents subject)
 * @param sequence  the product's event sequence number: per-product order, for de-duplication
 */
public record ProductStagedChangesPublishedIntegrationEvent(String productId, long sequence) {

    public static final String TYPE = "com.catalog.product.staged-changes-published.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
