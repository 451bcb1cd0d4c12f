package com.catalog.events.value;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stock keeping unit: 1 to 64 characters of letters, digits, '-', '_' or '.', starting with a letter or
 * digit. Stored upper-case so that "ab-1" and "AB-1" are the same SKU.
 */
public record Sku(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,63}");

    public Sku {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("SKU must be 1-64 characters of A-Z, 0-9, '.', '_' or '-', starting with a letter or digit");
        }
    }

    public static Sku of(String raw) {
        return new Sku(raw == null ? null : raw.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
