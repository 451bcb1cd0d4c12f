package com.catalog.query.product.details;

import com.catalog.events.product.CurrencyAmount;
import java.util.List;
import java.util.Map;

/** One live row of {@code read.product_variant}. */
record ProductVariantRow(String variantId, String sku, Map<String, String> options, List<CurrencyAmount> prices) {
}
