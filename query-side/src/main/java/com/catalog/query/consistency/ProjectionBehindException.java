package com.catalog.query.consistency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The projection did not reach the requested position within the consistency timeout: try again shortly. */
class ProjectionBehindException extends ErrorResponseException {

    ProjectionBehindException(long position) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(position), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
    }

    private static ProblemDetail problem(long position) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The read model has not yet caught up with position " + position + "; retry shortly");
        problem.setTitle("Projection behind");
        problem.setProperty("code", "projection-behind");
        return problem;
    }
}
