package com.catalog.events.integration;

import java.util.List;
import java.util.Map;

/**
 * A variant in a product's public state.
 *
 * @param variantId the variant, unique within the product
 * @param sku       its catalog-wide unique SKU
 * @param options   option values, e.g. size → 42
 * @param prices    its own prices; empty means the product's prices apply
 */
public record ProductVariantV1(String variantId, String sku, Map<String, String> options, List<PriceV1> prices) {
}
