package com.catalog.command.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the aggregate version a client sends back in {@code If-Match}: the ETag it got, e.g. {@code "3"}.
 * Shared by every resource with versioned writes (product, category, brand).
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";
    /** Quotes are optional so hand-written requests work; a weak validator names the same version here. */
    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private IfMatch() {
    }

    /**
     * @return the expected version, or null when the header is absent or {@code *} (any version: last writer wins)
     * @throws IllegalArgumentException when the header is not a version this API handed out
     */
    public static Long expectedVersion(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION.matcher(header.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("If-Match must be one ETag this API returned, such as \"3\".");
        }
        return Long.parseLong(matcher.group(1));
    }
}
