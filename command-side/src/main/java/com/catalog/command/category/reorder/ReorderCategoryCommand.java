package com.catalog.command.category.reorder;

import com.catalog.command.domain.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Give a category a new position among its siblings: lower comes first, ties by name. */
public record ReorderCategoryCommand(
        @TargetAggregateIdentifier String categoryId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        int sortOrder) {
}
