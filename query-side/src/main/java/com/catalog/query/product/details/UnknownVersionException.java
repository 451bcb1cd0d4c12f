package com.catalog.query.product.details;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** {@code ?version=} is neither {@code current} nor {@code staged}: a 400 problem, as bad parameters get. */
class UnknownVersionException extends ErrorResponseException {

    UnknownVersionException() {
        super(HttpStatus.BAD_REQUEST, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "version must be current or staged");
        problem.setTitle("Unknown product version");
        problem.setProperty("code", "invalid-version");
        return problem;
    }
}
