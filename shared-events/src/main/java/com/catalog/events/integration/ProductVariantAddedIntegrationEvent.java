package com.catalog.events.integration;

import java.util.List;
import java.util.Map;

/**
 * Public contract: a variant was added. Topic {@code catalog.product.v1}, CloudEvents type {@value #TYPE}; only
 * additive changes within v1.
 *
 * @param productId the product (also the Kafka key and CloudEvents subject)
 * @param sequence  the product's event sequence number: per-product order, for de-duplication
 * @param variantId the variant, unique within the product
 * @param sku       its catalog-wide unique SKU
 * @param options   option values, e.g. size → 42
 * @param prices    its own prices; empty means the product's prices apply
 * @param staged    true: the change went to the product's staged version, which buyers do not see until a
 *                  {@code staged-changes-published} (or {@code published}) event of the product follows; a
 *                  {@code staged-changes-discarded} event drops it (additive in v1: absent means false)
 */
public record ProductVariantAddedIntegrationEvent(String productId, long sequence, String variantId, String sku,
                                                  Map<String, String> options, List<PriceV1> prices, boolean staged) {

    public static final String TYPE = "com.catalog.product.variant-added.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
