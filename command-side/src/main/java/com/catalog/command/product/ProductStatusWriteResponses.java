package com.catalog.command.product;

import com.catalog.command.web.ApiHeaders;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ProblemDetail;

/**
 * The answers every body-less product POST of {@link ProductStatusWrites} shares, documented once (springdoc reads
 * meta-annotations); each endpoint adds its own 403 and 409, whose codes differ.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "Done", headers = {
        @Header(name = "ETag", description = "the aggregate version after the change, quoted"),
        @Header(name = ApiHeaders.POSITION, description = "global position of the product's latest event")})
@ApiResponse(responseCode = "400", description = "Malformed id or If-Match (codes bad-request, invalid-value)",
        content = @Content(mediaType = ProductStatusWriteResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "No or invalid bearer token (code unauthenticated)",
        content = @Content(mediaType = ProductStatusWriteResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Unknown product (code not-found)",
        content = @Content(mediaType = ProductStatusWriteResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "412", description = "If-Match is stale (code version-mismatch, property currentVersion)",
        content = @Content(mediaType = ProductStatusWriteResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
public @interface ProductStatusWriteResponses {

    String PROBLEM_JSON = "application/problem+json";
}
