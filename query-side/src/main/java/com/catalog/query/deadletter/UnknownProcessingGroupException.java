package com.catalog.query.deadletter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No projection of this name keeps dead letters (the Kafka publishers never do): 404. */
class UnknownProcessingGroupException extends ErrorResponseException {

    UnknownProcessingGroupException(String group) {
        super(HttpStatus.NOT_FOUND, problem(group), null);
    }

    private static ProblemDetail problem(String group) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No processing group " + group + " with a dead-letter queue");
        problem.setTitle("Unknown processing group");
        problem.setProperty("code", "unknown-processing-group");
        return problem;
    }
}
