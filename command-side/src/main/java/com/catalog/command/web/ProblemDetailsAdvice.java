package com.catalog.command.web;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as an RFC 9457 problem with a stable {@code code}; none carries a stack trace, a class name
 * or SQL. Spring MVC's own exceptions keep the problems {@link ResponseEntityExceptionHandler} makes of them.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;

    ProblemDetailsAdvice(Problems problems) {
        this.problems = problems;
    }

    /** Spring's own problems (405, 415, 404...) get a code too, derived from the status, e.g. "method-not-allowed". */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            HttpStatus known = HttpStatus.resolve(status.value());
            String code = known == null ? "http-" + status.value() : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
            problems.coded(problem, code);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Jackson's message names classes and positions; the client only needs to know its JSON is wrong. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "The request body is not JSON of the expected shape (amounts are whole numbers of minor units)."));
    }

    /** Value types (Sku, Money) reject bad values with messages written for clients. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> invalidValue(IllegalArgumentException ex) {
        return ResponseEntity.badRequest().body(problems.of(HttpStatus.BAD_REQUEST, "invalid-value", ex.getMessage()));
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(DomainRuleViolation ex) {
        HttpStatus status = statusOf(ex.kind());
        return ResponseEntity.status(status).body(problems.of(status, ex.code(), ex.getMessage()));
    }

    /** {@code If-Match} named a version the aggregate no longer has: the client re-reads and retries. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> staleVersion(ConflictingAggregateVersionException ex) {
        ProblemDetail problem = problems.of(HttpStatus.PRECONDITION_FAILED, "version-mismatch",
                "It is at version " + ex.getActualVersion() + ", not " + ex.getExpectedVersion()
                        + "; read it again and retry with its current ETag.");
        problem.setProperty("currentVersion", ex.getActualVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(Long.toString(ex.getActualVersion())).body(problem);
    }

    /** Axon found no events for the target aggregate: nothing with this id exists. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problems.of(HttpStatus.NOT_FOUND, "not-found",
                "Nothing with id " + ex.getAggregateIdentifier() + " exists."));
    }

    /** Another write reached the same aggregate version first (unique aggregate id + sequence in the event store). */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrentWrite(Exception ex) {
        log.info("Concurrent write refused: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problems.of(HttpStatus.CONFLICT,
                "concurrent-modification", "It was changed by another request; reload it and retry."));
    }

    /** Axon wraps what it cannot pass through as is (e.g. from a distributed command bus): look inside. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainRuleViolation violation) {
                return ruleViolated(violation);
            }
            if (cause instanceof ConflictingAggregateVersionException stale) {
                return staleVersion(stale);
            }
            if (cause instanceof AggregateNotFoundException missing) {
                return notFound(missing);
            }
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return concurrentWrite((Exception) cause);
            }
            if (cause instanceof IllegalArgumentException invalid) {
                return invalidValue(invalid);
            }
        }
        return unexpected(ex);
    }

    private static HttpStatus statusOf(ViolationKind kind) {
        return switch (kind) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        log.error("Request failed unexpectedly", ex);
        return ResponseEntity.internalServerError().body(problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "Something went wrong on our side; the correlation id helps us find it."));
    }
}
