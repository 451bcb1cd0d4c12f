package com.catalog.command.product.costprice;

import com.catalog.command.domain.Actor;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Set (or, with null, remove) what the seller pays for the product. Its seller or an admin; the same value again
 * changes nothing. Never staged and never shown to buyers.
 *
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record ChangeProductCostPriceCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        Money costPrice) {
}
