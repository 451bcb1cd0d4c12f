package com.catalog.events.product;

import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import org.axonframework.serialization.Revision;

/**
 * The product's price changed (it is never stored when the new price equals the old one).
 *
 * @param productId        aggregate id
 * @param oldPriceAmount   price before, in minor units of {@code oldPriceCurrency}
 * @param oldPriceCurrency ISO 4217 code of the price before
 * @param newPriceAmount   price after, in minor units of {@code newPriceCurrency}
 * @param newPriceCurrency ISO 4217 code of the price after
 */
@Revision("1")
public record ProductPriceChangedEvent(
        String productId,
        long oldPriceAmount,
        String oldPriceCurrency,
        long newPriceAmount,
        String newPriceCurrency) implements ProductEvent {

    public static ProductPriceChangedEvent of(ProductId id, Money oldPrice, Money newPrice) {
        return new ProductPriceChangedEvent(id.value(), oldPrice.amountMinor(), oldPrice.currency(),
                newPrice.amountMinor(), newPrice.currency());
    }
}
