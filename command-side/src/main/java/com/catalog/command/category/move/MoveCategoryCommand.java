package com.catalog.command.category.move;

import com.catalog.command.domain.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Move a category, with its subtree, under another parent.
 *
 * @param newParentId null to make it a root
 */
public record MoveCategoryCommand(
        @TargetAggregateIdentifier String categoryId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        String newParentId) {
}
