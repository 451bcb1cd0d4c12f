package com.catalog.query.product.details;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The moment of a point-in-time read: an ISO-8601 timestamp with a zone or offset, not after now. */
final class AsOf {

    private AsOf() {
    }

    /** @throws ErrorResponseException 400 {@code invalid-as-of} when unparsable, {@code as-of-in-future} when after now */
    static Instant parse(String text, Instant now) {
        Instant at;
        try {
            at = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw problem("invalid-as-of", "asOf must be an ISO-8601 timestamp with a zone, e.g. 2026-03-01T12:00:00Z");
        }
        if (at.isAfter(now)) {
            throw problem("as-of-in-future", "asOf " + at + " is in the future; the catalog knows only what happened");
        }
        return at;
    }

    private static ErrorResponseException problem(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid asOf");
        problem.setProperty("code", code);
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
