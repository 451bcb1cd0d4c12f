package com.catalog.command.product.bulk;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;
import com.catalog.command.product.rest.UnknownFieldsException;

/**
 * A bulk item with members the create request does not take: the 422 {@code unknown-fields} the single request
 * answers, carried as a rule violation so the shared item-problem mapping ({@code ItemProblems}) reports it.
 */
final class UnknownItemFieldsException extends DomainRuleViolation {

    UnknownItemFieldsException(UnknownFieldsException unknown) {
        super("unknown-fields", ViolationKind.UNPROCESSABLE, unknown.getMessage());
    }
}
