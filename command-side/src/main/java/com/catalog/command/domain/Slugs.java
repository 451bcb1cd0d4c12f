package com.catalog.command.domain;

import java.util.regex.Pattern;

/** A slug is a URL segment: lower-case letters and digits in groups joined by single dashes. */
public final class Slugs {

    public static final int MAX_LENGTH = 120;
    /** The pattern as text, for Bean Validation's {@code @Pattern} on request records. */
    public static final String REGEX = "[a-z0-9]+(?:-[a-z0-9]+)*";
    public static final Pattern PATTERN = Pattern.compile(REGEX);
    public static final String RULE = "lower-case letters and digits joined by single dashes, at most "
            + MAX_LENGTH + " characters";

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && PATTERN.matcher(slug).matches();
    }
}
