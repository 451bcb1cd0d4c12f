package com.catalog.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Turns a refused command into the problem the API would answer for it alone, so each item of a bulk request
 * reports exactly what a single request would have: the mapping is {@link ProblemDetailsAdvice}'s own.
 */
@Component
public class ItemProblems {

    private final Problems problems;
    private final ProblemDetailsAdvice advice;

    ItemProblems(Problems problems, ProblemDetailsAdvice advice) {
        this.problems = problems;
        this.advice = advice;
    }

    public ResponseEntity<ProblemDetail> of(RuntimeException refusal) {
        if (refusal instanceof InvalidFieldsException invalid) {
            ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "invalid-request", invalid.getMessage());
            problem.setProperty("errors", invalid.errors());
            return ResponseEntity.badRequest().body(problem);
        }
        if (refusal instanceof IllegalArgumentException invalid) {
            return advice.invalidValue(invalid);
        }
        return advice.commandFailed(new CommandExecutionException(
                refusal.getMessage(), refusal));
    }
}
