package com.catalog.events.product;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A variant's option values or own prices changed; never stored when nothing changed. Carries both before and
 * after of both fields (they are small), so a reader needs no other event to show the change.
 *
 * @param productId     aggregate id
 * @param variantId     the changed variant
 * @param changedFields {@code options} and/or {@code prices}
 * @param optionsBefore option values before
 * @param optionsAfter  option values after
 * @param pricesBefore  own prices before (empty: the product's apply)
 * @param pricesAfter   own prices after (empty: the product's apply)
 */
@Revision("1")
public record ProductVariantChangedEvent(
        String productId,
        String variantId,
        List<String> changedFields,
        Map<String, String> optionsBefore,
        Map<String, String> optionsAfter,
        List<CurrencyAmount> pricesBefore,
        List<CurrencyAmount> pricesAfter) implements ProductEvent {

    public ProductVariantChangedEvent {
        changedFields = List.copyOf(changedFields);
        optionsBefore = Map.copyOf(optionsBefore);
        optionsAfter = Map.copyOf(optionsAfter);
        pricesBefore = List.copyOf(pricesBefore);
        pricesAfter = List.copyOf(pricesAfter);
    }
}
