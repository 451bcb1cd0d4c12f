package com.catalog.events.integration;

/**
 * Public contract: the staged changes of a product were dropped; its staged version is the current one again.
 * Topic {@code catalog.product.v1}, CloudEvents type {@value #TYPE}.
 *
 * @param productId the product (also the Kafka key and CloudEvents subject)
 * @param sequence  the product's event sequence number: per-product order, for de-duplication
 */
public record ProductStagedChangesDiscardedIntegrationEvent(String productId, long sequence) {

    public static final String TYPE = "com.catalog.product.staged-changes-discarded.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
