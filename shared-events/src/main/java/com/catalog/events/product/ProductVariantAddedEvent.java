package com.catalog.events.product;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A variant (a buyable form of the product, such as size 42 in red) was added.
 * Revision 2 added {@code staged}; revision 1 events (never staged) are upcast by
 * {@code upcasting.StagedFlagUpcaster}.
 *
 * @param productId aggregate id
 * @param variantId the variant's id, unique within the product
 * @param sku       its catalog-wide unique SKU, upper-case
 * @param options   option values, e.g. size → 42, colour → red; unique among the product's variants
 * @param prices    its own prices, one per currency; empty means the product's prices apply
 * @param staged    true once the product has been published: the change went to its staged version, which
 *                  buyers see only after the next publish; false when it applied to the current version too
 */
@Revision("2")
public record ProductVariantAddedEvent(
        String productId,
        String variantId,
        String sku,
        Map<String, String> options,
        List<CurrencyAmount> prices,
        boolean staged) implements ProductEvent {

    public ProductVariantAddedEvent {
        options = options == null ? Map.of() : Map.copyOf(options);
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
