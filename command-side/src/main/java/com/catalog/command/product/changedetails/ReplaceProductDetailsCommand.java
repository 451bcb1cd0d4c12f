package com.catalog.command.product.changedetails;

import com.catalog.command.domain.Actor;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.value.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replace all editable details (PUT). Details equal to the current ones change nothing.
 *
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record ReplaceProductDetailsCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        ProductDetailFields details) {
}
