package com.catalog.command.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 400 with per-field errors for bodies read by {@link JsonFields}, in the same shape as bean validation's
 * ({@code errors: [{field, message}]}). Ordered first because {@link ProblemDetailsAdvice} catches every
 * {@code Exception} as a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FieldErrorsAdvice {

    private final ItemProblems problems;

    FieldErrorsAdvice(ItemProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidFieldsException.class)
    ResponseEntity<ProblemDetail> invalidFields(InvalidFieldsException ex) {
        return problems.of(ex);
    }
}
