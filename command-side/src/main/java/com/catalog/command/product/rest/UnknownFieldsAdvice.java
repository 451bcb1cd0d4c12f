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
 * Unknown or server-owned members → 422 {@code unknown-fields} with one entry per member in {@code errors}, the
 * same shape as the 400 field errors; an unusable category or brand → 422 {@code invalid-reference}, likewise. Ordered first: the general advice's catch-all would take it otherwise.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownFieldsAdvice {

    private final Problems problems;

    UnknownFieldsAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(UnknownFieldsException.class)
    ResponseEntity<ProblemDetail> unknownFields(UnknownFieldsException ex) {
        return unprocessable("unknown-fields", ex.getMessage(), ex.errors());
    }

    /** An unusable category or brand: 422 {@code invalid-reference} naming the member, in the same shape. */
    @ExceptionHandler(InvalidReferenceException.class)
    ResponseEntity<ProblemDetail> invalidReference(InvalidReferenceException ex) {
        return unprocessable(ex.code(), ex.getMessage(), Map.of(ex.field(), ex.getMessage()));
    }

    private ResponseEntity<ProblemDetail> unprocessable(String code, String detail, Map<String, String> fieldErrors) {
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_ENTITY, code, detail);
        List<Map<String, String>> errors = fieldErrors.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
