package com.catalog.command.brand.feature;

import com.catalog.command.domain.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Stop featuring the brand (no change when it is not featured). */
public record UnfeatureBrandCommand(
        @TargetAggregateIdentifier String brandId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion) {
}
