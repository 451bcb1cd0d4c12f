package com.catalog.command.domain;

/** Only admins manage this part of the catalog; sellers and buyers only read it. */
public final class AdminOnlyException extends DomainRuleViolation {

    AdminOnlyException(String what) {
        super("admin-only", ViolationKind.FORBIDDEN, "Only an admin may " + what + ".");
    }
}
