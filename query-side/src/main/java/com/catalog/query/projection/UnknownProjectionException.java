package com.catalog.query.projection;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No streaming processor of that name runs in this app. */
class UnknownProjectionException extends ErrorResponseException {

    UnknownProjectionException(String name) {
        super(HttpStatus.NOT_FOUND, problem(name), null);
    }

    private static ProblemDetail problem(String name) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No projection named " + name);
        problem.setTitle("Projection not found");
        problem.setProperty("code", "unknown-projection");
        return problem;
    }
}
