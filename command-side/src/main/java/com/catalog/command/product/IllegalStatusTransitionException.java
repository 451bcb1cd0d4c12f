package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;
import com.catalog.events.product.ProductStatus;

/** The lifecycle does not lead from the product's status to the one asked for. */
public final class IllegalStatusTransitionException extends DomainRuleViolation {

    private static final String CODE = "illegal-status-transition";

    private IllegalStatusTransitionException(String message) {
        super(CODE, ViolationKind.CONFLICT, message);
    }

    static IllegalStatusTransitionException of(ProductStatus from, ProductStatus to) {
        return new IllegalStatusTransitionException("A product cannot go from " + from + " to " + to + ".");
    }

    static IllegalStatusTransitionException notDiscontinued(ProductStatus from) {
        return new IllegalStatusTransitionException(
                "Only a DISCONTINUED product can be restored; this one is " + from + ".");
    }
}
