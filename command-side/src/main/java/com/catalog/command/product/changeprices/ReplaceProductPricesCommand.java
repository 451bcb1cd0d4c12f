package com.catalog.command.product.changeprices;

import com.catalog.command.domain.Actor;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replace the product's price list: one price per currency (the first is the primary one) and optional
 * compare-at prices in those currencies. The same lists again change nothing.
 *
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record ReplaceProductPricesCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        List<Money> prices,
        List<Money> compareAtPrices) {
}
