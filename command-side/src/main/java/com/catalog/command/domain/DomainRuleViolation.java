package com.catalog.command.domain;

import java.util.Objects;

/**
 * A business rule refused a command. The code is stable and public: clients switch on it, and the REST edge
 * turns it into the problem type {@code https://catalog.dev/problems/<code>}.
 */
public abstract class DomainRuleViolation extends RuntimeException {

    private final String code;
    private final ViolationKind kind;

    protected DomainRuleViolation(String code, ViolationKind kind, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public String code() {
        return code;
    }

    public ViolationKind kind() {
        return kind;
    }
}
