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
 */
public record ProductVariantAddedIntegrationEvent(String productId, long sequence, String variantId, String sku,
                                                  Map<String, String> options, List<PriceV1> prices) {

    public static final String TYPE = "com.catalog.product.variant-added.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
