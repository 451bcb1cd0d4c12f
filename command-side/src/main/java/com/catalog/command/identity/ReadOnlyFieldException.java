package com.catalog.command.identity;

import java.util.Set;

/** A request tried to change a field the caller may not change through it (e.g. their own role): 400. */
public class ReadOnlyFieldException extends RuntimeException {

    private final Set<String> fields;

    public ReadOnlyFieldException(Set<String> fields) {
        super("These fields cannot be changed here: " + String.join(", ", fields) + ".");
        this.fields = Set.copyOf(fields);
    }

    public Set<String> fields() {
        return fields;
    }
}
