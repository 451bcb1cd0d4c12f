package com.catalog.command.category.activation;

import com.catalog.command.domain.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Hide the category from buyers (no change when it is inactive already). */
public record DeactivateCategoryCommand(
        @TargetAggregateIdentifier String categoryId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion) {
}
