package com.catalog.query.consistency;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.OptionalLong;

/** The event-store position a reader wants to see reflected, taken from the header or the query parameter. */
public final class MinPosition {

    public static final String HEADER = "X-Catalog-Min-Position";
    public static final String PARAMETER = "minPosition";

    private MinPosition() {
    }

    /** The header wins when both are given; a negative value is a client error. */
    public static OptionalLong of(Long header, Long parameter) {
        Long value = header != null ? header : parameter;
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value < 0) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    HEADER + " must be a non-negative event-store position");
            problem.setTitle("Invalid minimum position");
            problem.setProperty("code", "invalid-min-position");
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        return OptionalLong.of(value);
    }
}
