package com.catalog.command.idempotency;

import com.catalog.command.web.ApiHeaders;
import com.catalog.command.web.ProblemResponseWriter;
import com.catalog.command.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

/** What the filter answers itself: the problems of the header, and the stored answer of an earlier request. */
@Component
class IdempotencyAnswers {

    /** The headers a client acts on after a write; a replay carries them again. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, ApiHeaders.POSITION);
    private static final String RETRY_AFTER_SECONDS = "1";

    private final Problems problems;
    private final ProblemResponseWriter writer;

    IdempotencyAnswers(Problems problems, ProblemResponseWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    void invalidKey(HttpServletResponse response, InvalidIdempotencyKeyException invalid) throws IOException {
        writer.write(response, problems.of(HttpStatus.BAD_REQUEST, "invalid-idempotency-key", invalid.getMessage()));
    }

    void inFlight(HttpServletResponse response, IdempotencyKeyInFlightException inFlight) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        writer.write(response, problems.of(HttpStatus.CONFLICT, "idempotency-key-in-flight", inFlight.getMessage()));
    }

    void commitFailed(HttpServletResponse response) throws IOException {
        writer.write(response, problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side and nothing was stored; retry with the same Idempotency-Key."));
    }

    /** The key is taken: replay its answer, or say why not. */
    void existing(KeyRecord holder, IdempotentRequest request, HttpServletResponse response) throws IOException {
        if (!holder.sameRequestAs(request.fingerprint())) {
            writer.write(response, problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "This Idempotency-Key was used for a different request (method, path, If-Match or body); "
                            + "use a new key for a new request."));
        } else if (!holder.completed()) {
            inFlight(response, new IdempotencyKeyInFlightException());
        } else {
            replay(holder.response(), response);
        }
    }

    static StoredResponse capture(ContentCachingResponseWrapper response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = response.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        // the wrapper holds Content-Type back until the body is copied, so only getContentType() knows it
        if (response.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, response.getContentType());
        }
        return new StoredResponse(response.getStatus(), headers, response.getContentAsByteArray());
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        stored.headers().forEach(response::setHeader);
        response.setHeader(IdempotencyKeyHeader.REPLAYED, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }
}
