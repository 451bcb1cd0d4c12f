package com.catalog.command.product.bulk;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;
import com.catalog.command.product.rest.UnknownFieldsException;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/**
 * A bulk item with members the create request does not take: the 422 {@code unknown-fields} the single request
 * answers, carried as a rule violation so the shared item-problem mapping ({@code ItemProblems}) reports it.
 */
public final class UnknownItemFieldsException extends DomainRuleViolation {

    private final transient Map<String, String> errors;

    UnknownItemFieldsException(UnknownFieldsException unknown) {
        super("unknown-fields", ViolationKind.UNPROCESSABLE, unknown.getMessage());
        this.errors = unknown.errors();
    }

    /**
     * Adds the per-member {@code errors[]} the single request's 422 has (the shared item mapping carries code and
     * detail only) to a bulk item's or import line's problem, if {@code refusal} is this exception.
     */
    public static void addErrors(ProblemDetail problem, RuntimeException refusal) {
        if (refusal instanceof UnknownItemFieldsException unknown && problem != null) {
            problem.setProperty("errors", unknown.errors.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
                    .toList());
        }
    }
}
