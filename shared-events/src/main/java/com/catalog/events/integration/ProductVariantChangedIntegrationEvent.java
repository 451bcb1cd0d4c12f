package com.catalog.events.integration;

import java.util.List;
import java.util.Map;

/**
 * Public contract: a variant's option values and/or own prices changed. Topic {@code catalog.product.v1},
 * CloudEvents type {@value #TYPE}; only additive changes within v1.
 *
 * @param productId     the product (also the Kafka key and CloudEvents subject)
 * @param sequence      the product's event sequence number: per-product order, for de-duplication
 * @param variantId     the changed variant
 * @param changedFields {@code options} and/or {@code prices}
 * @param optionsBefore option values before
 * @param optionsAfter  option values after
 * @param pricesBefore  own prices before (empty: the product's applied)
 * @param pricesAfter   own prices after (empty: the product's apply)
 * @param staged    true: the change went to the product's staged version, which buyers do not see until a
 *                  {@code staged-changes-published} (or {@code published}) event of the product follows; a
 *                  {@code staged-changes-discarded} event drops it (additive in v1: absent means false)
 */
public record ProductVariantChangedIntegrationEvent(String productId, long sequence, String variantId,
                                                    List<String> changedFields, Map<String, String> optionsBefore,
                                                    Map<String, String> optionsAfter, List<PriceV1> pricesBefore,
                                                    List<PriceV1> pricesAfter, boolean staged) {

    public static final String TYPE = "com.catalog.product.variant-changed.v1";
    public static final String TOPIC = ProductCreatedIntegrationEvent.TOPIC;
}
