package com.catalog.command.identity;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** Emails are unique across all users, whatever their letter case. */
public final class EmailAlreadyTakenException extends DomainRuleViolation {

    EmailAlreadyTakenException() {
        super("email-taken", ViolationKind.CONFLICT, "An account with this email already exists.");
    }
}
