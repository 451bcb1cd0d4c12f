package com.catalog.command.product.reassignment;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/**
 * A product could not be moved off the category or brand being deleted (e.g. it was changed at the same moment):
 * 409 {@code reassignment-failed}. The deletion is rolled back with it, so the admin may simply retry.
 */
public final class ReassignmentFailedException extends DomainRuleViolation {

    ReassignmentFailedException(String productId, String toId, Throwable cause) {
        super("reassignment-failed", ViolationKind.CONFLICT, "Product " + productId + " could not be moved to " + toId
                + ", so nothing was deleted; retry the deletion.");
        initCause(cause);
    }
}
