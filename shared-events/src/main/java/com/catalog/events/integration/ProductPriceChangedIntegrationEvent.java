package com.catalog.events.integration;

/**
 * Public contract: the product's price changed. Published on topic {@code catalog.product.v1} with CloudEvents
 * type {@value #TYPE}; only additive changes within v1.
 *
 * @param productId   the product (also the Kafka key and CloudEvents subject)
 * @param sequence    the product's event sequence number: per-product order, for de-duplication
 * @param priceBefore the price before this event
 * @param priceAfter  the price after this event
 */
public record ProductPriceChangedIntegrationEvent(String productId, long sequence, PriceV1 priceBefore, PriceV1 priceAfter) {

    public static final String TYPE = "com.catalog.product.price-changed.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
