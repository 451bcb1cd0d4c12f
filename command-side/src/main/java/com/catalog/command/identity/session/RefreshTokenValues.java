package com.catalog.command.identity.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Opaque refresh tokens: 256 random bits, stored only as SHA-256 (a fast hash is enough for random secrets; a
 * stolen table yields nothing usable).
 */
final class RefreshTokenValues {

    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RefreshTokenValues() {
    }

    static String newValue() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
