package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** Product slugs are unique across the catalog: a slug names one product in buyers' URLs. */
public final class SlugAlreadyTakenException extends DomainRuleViolation {

    SlugAlreadyTakenException(String slug) {
        super("slug-taken", ViolationKind.CONFLICT, "Slug " + slug + " is already used by another product.");
    }
}
