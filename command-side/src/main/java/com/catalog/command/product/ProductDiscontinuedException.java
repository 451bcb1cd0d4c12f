package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** A discontinued product is soft-deleted: it takes no changes until an admin restores it. */
public final class ProductDiscontinuedException extends DomainRuleViolation {

    ProductDiscontinuedException() {
        super("product-discontinued", ViolationKind.CONFLICT,
                "The product is discontinued; an admin must restore it before it can change.");
    }
}
