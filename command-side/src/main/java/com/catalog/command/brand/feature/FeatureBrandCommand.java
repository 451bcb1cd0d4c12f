package com.catalog.command.brand.feature;

import com.catalog.command.domain.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Feature the brand (no change when it is featured already). */
public record FeatureBrandCommand(
        @TargetAggregateIdentifier String brandId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion) {
}
