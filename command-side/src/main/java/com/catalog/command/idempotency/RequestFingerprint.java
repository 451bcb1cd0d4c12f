package com.catalog.command.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What makes two requests "the same" for a key: method, path, query, If-Match and the body byte for byte. A retry
 * sends exactly the same bytes; anything else under the same key is a client bug, refused with 422.
 */
final class RequestFingerprint {

    private static final byte SEPARATOR = 0;

    private RequestFingerprint() {
    }

    static byte[] of(HttpServletRequest request, byte[] body) {
        return start(request).digest(body);
    }

    /** The digest of everything but the body, for a body fed in as it streams ({@link IdempotentUploads}). */
    static MessageDigest start(HttpServletRequest request) {
        MessageDigest sha256 = sha256();
        for (String part : new String[] {request.getMethod(), request.getRequestURI(), request.getQueryString(),
                request.getHeader("If-Match")}) {
            sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            sha256.update(SEPARATOR);
        }
        return sha256;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
