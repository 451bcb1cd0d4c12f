package com.catalog.command.product.rest;

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
 * same shape as the 400 field errors. Ordered first: the general advice's catch-all would take it otherwise.
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
        ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-fields", ex.getMessage());
        List<Map<String, String>> errors = ex.errors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
