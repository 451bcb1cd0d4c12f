package com.catalog.command.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ProblemDetail;

/** The error answers every admin-only write shares, documented once (springdoc reads meta-annotations). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "400", description = "Malformed body, id or If-Match; unknown or read-only fields "
        + "(codes invalid-request with per-field errors, malformed-request, invalid-value, bad-request)",
        content = @Content(mediaType = AdminWriteProblems.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "No or invalid bearer token (code unauthenticated)",
        content = @Content(mediaType = AdminWriteProblems.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not an admin (code admin-only)",
        content = @Content(mediaType = AdminWriteProblems.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Unknown or deleted id (code not-found)",
        content = @Content(mediaType = AdminWriteProblems.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "409", description = "Taken name or slug (codes name-taken, slug-taken), still in use "
        + "(category-has-children, category-has-products, brand-has-products) or a concurrent write (concurrent-modification)",
        content = @Content(mediaType = AdminWriteProblems.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "412", description = "If-Match is stale (code version-mismatch, property currentVersion)",
        content = @Content(mediaType = AdminWriteProblems.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "422", description = "Breaks a rule of the tree or the aggregate (codes parent-not-found, "
        + "category-cycle, category-too-deep, reassign-target-invalid, invalid-category, invalid-brand)",
        content = @Content(mediaType = AdminWriteProblems.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
public @interface AdminWriteProblems {

    String PROBLEM_JSON = "application/problem+json";
}
