package com.catalog.command.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code Idempotency-Key} for a POST whose body is too large to buffer (the NDJSON import upload), which the filter
 * does not cover: the controller streams the body through {@link #fingerprint} and claims the key in its own
 * transaction once the body is stored, so key and upload commit together. Same table, rules and answers as
 * the filter's: a retry gets the stored answer, another body under the key 422, a duplicate still running 409.
 */
@Component
public class IdempotentUploads {

    private final IdempotencyKeys keys;
    private final IdempotencyAnswers answers;
    private final IdempotencyProperties properties;

    IdempotentUploads(IdempotencyKeys keys, IdempotencyAnswers answers, IdempotencyProperties properties) {
        this.keys = keys;
        this.answers = answers;
        this.properties = properties;
    }

    /** @return true when the header is unusable and its 400 problem is written to {@code response}: stop there */
    public boolean answeredInvalidKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            IdempotencyKeyHeader.of(request);
            return false;
        } catch (InvalidIdempotencyKeyException invalid) {
            answers.invalidKey(response, invalid);
            return true;
        }
    }

    /** @return the request's key, or empty when it has none; ask {@link #answeredInvalidKey} first */
    public Optional<String> keyOf(HttpServletRequest request) {
        return Optional.ofNullable(IdempotencyKeyHeader.of(request));
    }

    /** A digest of method, path, query and If-Match; feed it the body as it is read, then pass its digest on. */
    public MessageDigest fingerprint(HttpServletRequest request) {
        return RequestFingerprint.start(request);
    }

    /**
     * Claims the key in the caller's open transaction.
     *
     * @return true when an earlier request holds it and its answer (the replay, 409 or 422) is written to
     *         {@code response}: the caller then rolls back what it stored
     */
    public boolean claimedBefore(String callerId, String key, byte[] fingerprint, HttpServletResponse response)
            throws IOException {
        Optional<KeyRecord> holder;
        try {
            holder = keys.claim(callerId, key, fingerprint, properties.ttl(), properties.inFlightWait());
        } catch (IdempotencyKeyInFlightException inFlight) {
            answers.inFlight(response, inFlight);
            return true;
        }
        if (holder.isEmpty()) {
            return false;
        }
        answers.existing(holder.get(), new IdempotentRequest(callerId, key, fingerprint), response);
        return true;
    }

    /** Stores the answer a retry gets, in the transaction that claimed the key. */
    public void complete(String callerId, String key, int status, Map<String, String> headers, byte[] body) {
        keys.complete(callerId, key, new StoredResponse(status, headers, body));
    }
}
