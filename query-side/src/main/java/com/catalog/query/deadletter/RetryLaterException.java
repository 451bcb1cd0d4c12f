package com.catalog.query.deadletter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A retry met an engine that is away (database, Elasticsearch): nothing lost, try again later (503). */
class RetryLaterException extends ErrorResponseException {

    RetryLaterException(String group) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(group), null);
        getHeaders().set("Retry-After", "30");
    }

    private static ProblemDetail problem(String group) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Retrying the dead letters of " + group + " met an engine that is unavailable; the letters are kept");
        problem.setTitle("Retry later");
        problem.setProperty("code", "retry-later");
        return problem;
    }
}
