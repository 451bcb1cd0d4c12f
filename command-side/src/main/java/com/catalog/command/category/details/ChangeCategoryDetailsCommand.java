package com.catalog.command.category.details;

import com.catalog.command.domain.Actor;
import com.catalog.command.domain.Patch;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Change the editable details (a rename is a change of the name). Each field is a merge-patch field: a PUT sends
 * all of them, a PATCH only those it changes.
 *
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record ChangeCategoryDetailsCommand(
        @TargetAggregateIdentifier String categoryId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        Patch<String> name,
        Patch<String> slug,
        Patch<String> description) {
}
