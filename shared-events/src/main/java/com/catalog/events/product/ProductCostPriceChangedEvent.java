package com.catalog.events.product;

import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import org.axonframework.serialization.Revision;

/**
 * The owner or an admin changed what the seller pays for the product. Private: never staged (buyers never see it),
 * never published on Kafka, never indexed for search; only the owner and admins read it. Never stored when nothing
 * changed.
 *
 * @param productId aggregate id
 * @param before    the cost price before (null: none)
 * @param after     the cost price after (null: removed)
 */
@Revision("1")
public record ProductCostPriceChangedEvent(String productId, CurrencyAmount before, CurrencyAmount after)
        implements ProductEvent {

    public static ProductCostPriceChangedEvent of(ProductId id, Money before, Money after) {
        return new ProductCostPriceChangedEvent(id.value(), amountOf(before), amountOf(after));
    }

    private static CurrencyAmount amountOf(Money price) {
        return price == null ? null : CurrencyAmount.of(price);
    }
}
