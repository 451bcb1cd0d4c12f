package com.catalog.command.brand.update;

import com.catalog.command.domain.Actor;
import com.catalog.command.domain.Patch;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Change a brand's details. Each field is a merge-patch field: a PUT sends all of them, a PATCH only those it
 * changes.
 */
public record UpdateBrandCommand(
        @TargetAggregateIdentifier String brandId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        Patch<String> name,
        Patch<String> slug,
        Patch<String> description,
        Patch<String> logoUrl,
        Patch<String> websiteUrl) {
}
