package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** An undo goes back to an earlier version that exists after creation: 1 ≤ version &lt; current. */
public final class InvalidRevertVersionException extends DomainRuleViolation {

    InvalidRevertVersionException(long version, long current) {
        super("invalid-revert-version", ViolationKind.UNPROCESSABLE,
                "Version " + version + " cannot be restored: it must be at least 1 and below the current version "
                        + current + ".");
    }
}
