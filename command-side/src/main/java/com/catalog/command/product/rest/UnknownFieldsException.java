package com.catalog.command.product.rest;

import java.util.Map;

/** A request body had members the endpoint does not take: refused whole (422), never silently ignored. */
public final class UnknownFieldsException extends RuntimeException {

    private final transient Map<String, String> errors;

    UnknownFieldsException(Map<String, String> errors) {
        super("The request has members this endpoint does not take: " + String.join(", ", errors.keySet()) + ".");
        this.errors = Map.copyOf(errors);
    }

    /** @return member name → why it is refused */
    public Map<String, String> errors() {
        return errors;
    }
}
