package com.catalog.events.integration;

/**
 * Public contract: the product's price changed. Published on topic {@code catalog.product.v1} with CloudEvents
 * type {@value #TYPE}; only additive changes within v1.
 *
 * @param productId   the product (also the Kafka key and CloudEvents subject)
 * @param sequence    the product's event sequence number: per-product order, for de-duplication
 * @param priceBefore the price before this event
 * @param priceAfter  the price after this event
 * @param staged    true: the change went to the product's staged version, which buyers do not see until a
 *                  {@code staged-changes-published} (or {@code published}) event of the product follows; a
 *                  {@code staged-changes-discarded} event drops it (additive in v1: absent means false)
 */
public record ProductPriceChangedIntegrationEvent(String productId, long sequence, PriceV1 priceBefore, PriceV1 priceAfter, boolean staged) {

    public static final String TYPE = "com.catalog.product.price-changed.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
