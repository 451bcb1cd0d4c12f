package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** Discarding staged changes needs some. */
public final class NoStagedChangesException extends DomainRuleViolation {

    NoStagedChangesException() {
        super("no-staged-changes", ViolationKind.CONFLICT, "The product has no staged changes to discard.");
    }
}
