package com.catalog.events.product;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A variant's option values or own prices changed; never stored when nothing changed. Carries both before and
 * after of both fields (they are small), so a reader needs no other event to show the change.
 * Revision 2 added {@code staged}; revision 1 events (never staged) are upcast by
 * {@code upcasting.StagedFlagUpcaster}.
 *
 * @param productId     aggregate id
 * @param variantId     the changed variant
 * @param changedFields {@code options} and/or {@code prices}
 * @param optionsBefore option values before
 * @param optionsAfter  option values after
 * @param pricesBefore  own prices before (empty: the product's apply)
 * @param pricesAfter   own prices after (empty: the product's apply)
 * @param staged    true once the product has been published: the change went to its staged version, which
 *                  buyers see only after the next publish; false when it applied to the current version too
 */
@Revision("2")
public record ProductVariantChangedEvent(
        String productId,
        String variantId,
        List<String> changedFields,
        Map<String, String> optionsBefore,
        Map<String, String> optionsAfter,
        List<CurrencyAmount> pricesBefore,
        List<CurrencyAmount> pricesAfter,
        boolean staged) implements ProductEvent {

    public ProductVariantChangedEvent {
        changedFields = List.copyOf(changedFields);
        optionsBefore = Map.copyOf(optionsBefore);
        optionsAfter = Map.copyOf(optionsAfter);
        pricesBefore = List.copyOf(pricesBefore);
        pricesAfter = List.copyOf(pricesAfter);
    }
}
