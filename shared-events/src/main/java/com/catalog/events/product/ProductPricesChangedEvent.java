package com.catalog.events.product;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The product's price list was replaced (several currencies at once); never stored when nothing changed.
 * Staged like every edit of a published product.
 * Revision 2 added {@code staged}; revision 1 events (never staged) are upcast by
 * {@code upcasting.StagedFlagUpcaster}.
 *
 * @param productId             aggregate id
 * @param pricesBefore          one price per currency before, primary first
 * @param pricesAfter           one price per currency after, primary first
 * @param compareAtPricesBefore "was" prices before
 * @param compareAtPricesAfter  "was" prices after
 * @param staged    true once the product has been published: the change went to its staged version, which
 *                  buyers see only after the next publish; false when it applied to the current version too
 */
@Revision("2")
public record ProductPricesChangedEvent(
        String productId,
        List<CurrencyAmount> pricesBefore,
        List<CurrencyAmount> pricesAfter,
        List<CurrencyAmount> compareAtPricesBefore,
        List<CurrencyAmount> compareAtPricesAfter,
        boolean staged) implements ProductEvent {

    public ProductPricesChangedEvent {
        pricesBefore = List.copyOf(pricesBefore);
        pricesAfter = List.copyOf(pricesAfter);
        compareAtPricesBefore = List.copyOf(compareAtPricesBefore);
        compareAtPricesAfter = List.copyOf(compareAtPricesAfter);
    }
}
