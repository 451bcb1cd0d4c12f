package com.catalog.command.category.activation;

import com.catalog.command.domain.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Show a deactivated category to buyers again (no change when it is active). */
public record ReactivateCategoryCommand(
        @TargetAggregateIdentifier String categoryId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion) {
}
