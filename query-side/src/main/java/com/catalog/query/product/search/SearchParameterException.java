package com.catalog.query.product.search;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A search or listing parameter the API cannot serve: a 400 problem with a machine-readable {@code code}. */
class SearchParameterException extends ErrorResponseException {

    SearchParameterException(String code, String title, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(code, title, detail), null);
    }

    private static ProblemDetail problem(String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }
}
