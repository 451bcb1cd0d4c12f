package com.catalog.events.integration;

/**
 * Public contract, published on Kafka topic {@code catalog.product.v1} with CloudEvents type
 * {@value #TYPE}. Only additive changes are allowed within v1 (see docs/integration-events.md).
 *
 * @param productId     the product (also the Kafka key and CloudEvents subject)
 * @param sellerId      owning seller
 * @param sequence      the product's event sequence number: per-product order, for de-duplication
 * @param name          display name
 * @param description   description
 * @param sku           stock keeping unit
 * @param price         price in minor units with its currency
 * @param status        lifecycle status after this event
 */
public record ProductCreatedIntegrationEvent(
        String productId,
        String sellerId,
        long sequence,
        String name,
        String description,
        String sku,
        PriceV1 price,
        String status) {

    public static final String TYPE = "com.catalog.product.created.v1";
    public static final String TOPIC = "catalog.product.v1";
}
