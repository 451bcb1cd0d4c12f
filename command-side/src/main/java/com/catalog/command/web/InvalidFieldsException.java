package com.catalog.command.web;

import java.util.List;

/** A request body broke the edge's rules; every broken field is named, so a client fixes them all at once. */
public class InvalidFieldsException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidFieldsException(List<FieldError> errors) {
        super("The request has invalid fields.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
