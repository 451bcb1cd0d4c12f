package com.catalog.command.identity;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** The password breaks the {@link PasswordPolicy}. */
public final class WeakPasswordException extends DomainRuleViolation {

    WeakPasswordException(String message) {
        super("weak-password", ViolationKind.UNPROCESSABLE, message);
    }
}
