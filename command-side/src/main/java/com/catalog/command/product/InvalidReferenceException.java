package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** A product named a category or brand that does not exist, was deleted or (a category) is deactivated: 422. */
public final class InvalidReferenceException extends DomainRuleViolation {

    public static final String CODE = "invalid-reference";

    private final String field;

    private InvalidReferenceException(String field, String message) {
        super(CODE, ViolationKind.UNPROCESSABLE, message);
        this.field = field;
    }

    static InvalidReferenceException category(String categoryId) {
        return new InvalidReferenceException("categoryId",
                "No active category " + categoryId + ": it does not exist, was deleted or is deactivated.");
    }

    static InvalidReferenceException brand(String brandId) {
        return new InvalidReferenceException("brandId", "No brand " + brandId + ": it does not exist or was deleted.");
    }

    /** @return the request member that names the reference: {@code categoryId} or {@code brandId} */
    public String field() {
        return field;
    }
}
