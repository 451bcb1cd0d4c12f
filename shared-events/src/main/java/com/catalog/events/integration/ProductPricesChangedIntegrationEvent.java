package com.catalog.events.integration;

import java.util.List;

/**
 * Public contract: the product's price list (several currencies) was replaced. Topic {@code catalog.product.v1},
 * CloudEvents type {@value #TYPE}; only additive changes within v1.
 *
 * @param productId             the product (also the Kafka key and CloudEvents subject)
 * @param sequence              the product's event sequence number: per-product order, for de-duplication
 * @param pricesBefore          one price per currency before, primary first
 * @param pricesAfter           one price per currency after, primary first
 * @param compareAtPricesBefore "was" prices before
 * @param compareAtPricesAfter  "was" prices after
 * @param staged    true: the change went to the product's staged version, which buyers do not see until a
 *                  {@code staged-changes-published} (or {@code published}) event of the product follows; a
 *                  {@code staged-changes-discarded} event drops it (additive in v1: absent means false)
 */
public record ProductPricesChangedIntegrationEvent(
        String productId,
        long sequence,
        List<PriceV1> pricesBefore,
        List<PriceV1> pricesAfter,
        List<PriceV1> compareAtPricesBefore,
        List<PriceV1> compareAtPricesAfter, boolean staged) {

    public static final String TYPE = "com.catalog.product.prices-changed.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
