package com.catalog.command.product.feature;

import com.catalog.command.product.ProductStatusWrites;
import com.catalog.command.web.IfMatch;
import com.catalog.command.web.WriteResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of featuring: admins only, checked in the aggregate. */
@RestController
class FeatureProductController {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final ProductStatusWrites writes;

    FeatureProductController(ProductStatusWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Feature a product", description = "Admins only. An already featured product stays as it is.")
    @ApiResponse(responseCode = "200", description = "Featured")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "403", description = "Not an admin (admin-only)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "Product discontinued", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @PostMapping("/api/v1/products/{id}/feature")
    ResponseEntity<WriteResponse> feature(
            @PathVariable UUID id,
            @Parameter(description = "the ETag last read; without it the last writer wins", example = "\"3\"")
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            Authentication caller) {
        return send(id, ifMatch, caller, true);
    }

    @Operation(summary = "Stop featuring a product", description = "Admins only. A product not featured stays as it is.")
    @ApiResponse(responseCode = "200", description = "Not featured")
    @ApiResponse(responseCode = "403", description = "Not an admin (admin-only)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @PostMapping("/api/v1/products/{id}/unfeature")
    ResponseEntity<WriteResponse> unfeature(
            @PathVariable UUID id,
            @Parameter(description = "the ETag last read; without it the last writer wins", example = "\"3\"")
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            Authentication caller) {
        return send(id, ifMatch, caller, false);
    }

    private ResponseEntity<WriteResponse> send(UUID id, String ifMatch, Authentication caller, boolean featured) {
        return writes.change(id, ifMatch, caller,
                (productId, actor, expectedVersion) -> new FeatureProductCommand(productId, actor, expectedVersion, featured));
    }
}
