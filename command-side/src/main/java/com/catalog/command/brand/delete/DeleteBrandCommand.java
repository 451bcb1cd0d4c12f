package com.catalog.command.brand.delete;

import com.catalog.command.domain.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Delete a brand.
 *
 * @param reassignProductsTo the brand its products move to; required when it still has active products
 */
public record DeleteBrandCommand(
        @TargetAggregateIdentifier String brandId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        String reassignProductsTo) {
}
