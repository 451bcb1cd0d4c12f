package com.catalog.command.identity;

import com.catalog.command.security.TooManyRequestsException;
import com.catalog.command.web.Problems;
import java.util.TreeSet;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The identity answers that are not domain rules: failed authentication (401), bad one-time tokens and read-only fields (400). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblemAdvice {

    private final Problems problems;

    IdentityProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(AuthenticationFailedException.class)
    ResponseEntity<ProblemDetail> authenticationFailed(AuthenticationFailedException ex) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problems.of(HttpStatus.UNAUTHORIZED, ex.code(), ex.getMessage()));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException ex) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
                .body(problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", ex.getMessage()));
    }

    @ExceptionHandler(InvalidOneTimeTokenException.class)
    ResponseEntity<ProblemDetail> invalidToken(InvalidOneTimeTokenException ex) {
        return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "invalid-token", ex.getMessage()));
    }

    @ExceptionHandler(ReadOnlyFieldException.class)
    ResponseEntity<ProblemDetail> readOnlyField(ReadOnlyFieldException ex) {
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "read-only-field", ex.getMessage());
        problem.setProperty("fields", new TreeSet<>(ex.fields()));
        return ResponseEntity.badRequest().body(problem);
    }
}
