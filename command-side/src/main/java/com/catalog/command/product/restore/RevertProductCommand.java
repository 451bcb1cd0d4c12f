package com.catalog.command.product.restore;

import com.catalog.command.domain.Actor;
import com.catalog.events.value.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Undo: bring the product's details, prices, variants and images back to what they were at an earlier version
 * (owner or admin), by appending one compensating event.
 *
 * @param version         the version (aggregate sequence, the ETag) whose state to restore: 1 ≤ version &lt; current
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record RevertProductCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        long version) {
}
