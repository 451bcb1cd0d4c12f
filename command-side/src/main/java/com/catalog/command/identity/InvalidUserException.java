package com.catalog.command.identity;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** A user's data breaks a rule of the aggregate (e.g. a blank name). */
public final class InvalidUserException extends DomainRuleViolation {

    InvalidUserException(String message) {
        super("invalid-user", ViolationKind.UNPROCESSABLE, message);
    }
}
