package com.catalog.events.product;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The product's price list was replaced (several currencies at once); never stored when nothing changed.
 * Not staged: buyers see new prices at once.
 *
 * @param productId             aggregate id
 * @param pricesBefore          one price per currency before, primary first
 * @param pricesAfter           one price per currency after, primary first
 * @param compareAtPricesBefore "was" prices before
 * @param compareAtPricesAfter  "was" prices after
 */
@Revision("1")
public record ProductPricesChangedEvent(
        String productId,
        List<CurrencyAmount> pricesBefore,
        List<CurrencyAmount> pricesAfter,
        List<CurrencyAmount> compareAtPricesBefore,
        List<CurrencyAmount> compareAtPricesAfter) implements ProductEvent {

    public ProductPricesChangedEvent {
        pricesBefore = List.copyOf(pricesBefore);
        pricesAfter = List.copyOf(pricesAfter);
        compareAtPricesBefore = List.copyOf(compareAtPricesBefore);
        compareAtPricesAfter = List.copyOf(compareAtPricesAfter);
    }
}
