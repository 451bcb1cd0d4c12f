package com.catalog.command.identity;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** Nothing to resend: the email is verified already. */
public final class EmailAlreadyVerifiedException extends DomainRuleViolation {

    public EmailAlreadyVerifiedException() {
        super("email-already-verified", ViolationKind.CONFLICT, "The email address is already verified.");
    }
}
