package com.catalog.command.product.changeprice;

import com.catalog.command.domain.Actor;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Set the product's price; setting the price it already has changes nothing.
 *
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record ChangeProductPriceCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        Money price) {
}
