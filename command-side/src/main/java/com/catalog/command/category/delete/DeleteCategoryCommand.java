package com.catalog.command.category.delete;

import com.catalog.command.domain.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Delete a category that has no children.
 *
 * @param reassignProductsTo the category its products move to; required when it still has active products
 */
public record DeleteCategoryCommand(
        @TargetAggregateIdentifier String categoryId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        String reassignProductsTo) {
}
