package com.catalog.command.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** The {@code Idempotency-Key} request header (IETF draft-ietf-httpapi-idempotency-key-header). */
final class IdempotencyKeyHeader {

    static final String NAME = "Idempotency-Key";
    /** Set on an answer that is the stored answer of an earlier request with the same key. */
    static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_LENGTH = 255;
    /** Printable ASCII: the key is stored and may show up in logs, so no control characters. */
    private static final Pattern ACCEPTED = Pattern.compile("[\\x20-\\x7E]{1," + MAX_LENGTH + "}");

    private IdempotencyKeyHeader() {
    }

    /**
     * @return the key, or null when the request has none
     * @throws InvalidIdempotencyKeyException when it is empty, blank, too long, has other characters or is repeated
     */
    static String of(HttpServletRequest request) {
        List<String> values = Collections.list(request.getHeaders(NAME));
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidIdempotencyKeyException("Send one Idempotency-Key header, not " + values.size() + ".");
        }
        String key = values.get(0);
        if (key.isBlank() || !ACCEPTED.matcher(key).matches()) {
            throw new InvalidIdempotencyKeyException("Idempotency-Key must be 1 to " + MAX_LENGTH
                    + " printable ASCII characters, not blank; a UUID is a good choice.");
        }
        return key;
    }
}
