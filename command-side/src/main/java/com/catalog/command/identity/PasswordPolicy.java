package com.catalog.command.identity;

import java.nio.charset.StandardCharsets;

/**
 * Length over arbitrary composition rules (NIST SP 800-63B): at least 12 characters. bcrypt reads only the first
 * 72 bytes, so longer passwords are refused rather than silently truncated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** @throws WeakPasswordException naming what is wrong */
    public static void require(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new WeakPasswordException("The password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new WeakPasswordException("The password may have at most " + MAX_BYTES + " bytes in UTF-8.");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            throw new WeakPasswordException("The password must not be the email address.");
        }
    }
}
