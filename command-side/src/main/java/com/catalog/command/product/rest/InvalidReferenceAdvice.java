package com.catalog.command.product.rest;

import com.catalog.command.product.InvalidReferenceException;
import com.catalog.command.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unusable category or brand → 422 {@code invalid-reference} naming the member in {@code errors}, the same shape
 * as the field errors. Ordered first: the general advice would answer it without the field.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidReferenceAdvice {

    private final Problems problems;

    InvalidReferenceAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidReferenceException.class)
    ResponseEntity<ProblemDetail> invalidReference(InvalidReferenceException ex) {
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_ENTITY, ex.code(), ex.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
