package com.catalog.events.product;

import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import org.axonframework.serialization.Revision;

/**
 * The product's price changed (it is never stored when the new price equals the old one).
 * Revision 2 added {@code staged}; revision 1 events (never staged) are upcast by
 * {@code upcasting.StagedFlagUpcaster}.
 *
 * @param productId        aggregate id
 * @param oldPriceAmount   price before, in minor units of {@code oldPriceCurrency}
 * @param oldPriceCurrency ISO 4217 code of the price before
 * @param newPriceAmount   price after, in minor units of {@code newPriceCurrency}
 * @param newPriceCurrency ISO 4217 code of the price after
 * @param staged    true once the product has been published: the change went to its staged version, which
 *                  buyers see only after the next publish; false when it applied to the current version too
 */
@Revision("2")
public record ProductPriceChangedEvent(
        String productId,
        long oldPriceAmount,
        String oldPriceCurrency,
        long newPriceAmount,
        String newPriceCurrency,
        boolean staged) implements ProductEvent {

    public static ProductPriceChangedEvent of(ProductId id, Money oldPrice, Money newPrice, boolean staged) {
        return new ProductPriceChangedEvent(id.value(), oldPrice.amountMinor(), oldPrice.currency(),
                newPrice.amountMinor(), newPrice.currency(), staged);
    }
}
