package com.catalog.command.product.publish;

import com.catalog.command.domain.Actor;
import com.catalog.events.value.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Make a draft or unpublished product visible to buyers.
 *
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record PublishProductCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion) {
}
