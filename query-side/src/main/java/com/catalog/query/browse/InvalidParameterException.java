package com.catalog.query.browse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A read parameter the API cannot serve: a 400 problem with a machine-readable {@code code}. */
public class InvalidParameterException extends ErrorResponseException {

    public InvalidParameterException(String code, String title, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(code, title, detail), null);
    }

    private static ProblemDetail problem(String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }
}
