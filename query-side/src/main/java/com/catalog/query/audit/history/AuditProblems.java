package com.catalog.query.audit.history;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems of the audit API, each with a stable {@code code}. */
final class AuditProblems {

    private AuditProblems() {
    }

    static ErrorResponseException invalidCursor() {
        return problem(HttpStatus.BAD_REQUEST, "Invalid cursor", "invalid-cursor",
                "cursor must be a value returned as `next` by an earlier page");
    }

    static ErrorResponseException invalidTimeRange() {
        return problem(HttpStatus.BAD_REQUEST, "Invalid time range", "invalid-time-range",
                "`from` must be before `to`");
    }

    static ErrorResponseException unauthenticated() {
        ErrorResponseException problem = problem(HttpStatus.UNAUTHORIZED, null, "unauthenticated",
                "A valid bearer token is required");
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problem;
    }

    static ErrorResponseException forbidden() {
        return problem(HttpStatus.FORBIDDEN, null, "forbidden", "Not allowed for this account");
    }

    static ErrorResponseException notOwner() {
        return problem(HttpStatus.FORBIDDEN, null, "not-product-owner",
                "Only the product's seller or an admin may read its history");
    }

    static ErrorResponseException unknownAggregate(String type, String id) {
        return problem(HttpStatus.NOT_FOUND, type + " not found", "no-history",
                "No history for " + type.toLowerCase() + " " + id);
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (title != null) {
            problem.setTitle(title);
        }
        problem.setProperty("code", code);
        return new ErrorResponseException(status, problem, null);
    }
}
