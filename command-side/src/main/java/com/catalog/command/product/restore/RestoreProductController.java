package com.catalog.command.product.restore;

import com.catalog.command.product.ProductStatusWriteResponses;
import com.catalog.command.product.ProductStatusWrites;
import com.catalog.command.web.IfMatch;
import com.catalog.command.web.WriteResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST adapter of the two restores, one path told apart by {@code version} (one OpenAPI operation, as OpenAPI has
 * one per path and method): without it an admin undoes a discontinuation, with it the owner or an admin undoes
 * changes back to that version. The aggregate decides whether the caller may do it.
 */
@RestController
class RestoreProductController {

    private final ProductStatusWrites writes;

    RestoreProductController(ProductStatusWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Restore a discontinued product, or undo changes back to a version", description = """
            Without `version`: back to the status it had before it was discontinued (DRAFT or UNPUBLISHED); admins only.

            With `version=N`: the owner or an admin brings the details, prices, variants and images of both versions \
            (what buyers see and the staged one) back to what they were at version N (the ETag after that change), \
            by appending one compensating event (ProductRevertedEvent); history is never rewritten. Status, owner, \
            SKU, cost price and featuring are not reverted. N must be at least 1 and below the current version. A \
            slug or variant SKU that another product took meanwhile is a conflict (409). Restoring a state equal to \
            the current one stores nothing.""")
    @ProductStatusWriteResponses
    @ApiResponse(responseCode = "403", description = "Not an admin (codes forbidden, admin-only), or with version: "
            + "neither the owner nor an admin (code not-product-owner)",
            content = @Content(mediaType = ProductStatusWriteResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Not allowed from the current status (code illegal-status-transition), "
            + "a concurrent write (code concurrent-modification), with version: a discontinued product "
            + "(code product-discontinued), a slug or SKU taken meanwhile (codes slug-taken, sku-taken)",
            content = @Content(mediaType = ProductStatusWriteResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "version below 1 or not below the current version "
            + "(code invalid-revert-version); a category or brand of that version is no longer usable (code invalid-reference)",
            content = @Content(mediaType = ProductStatusWriteResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/api/v1/products/{id}/restore")
    ResponseEntity<WriteResponse> restore(
            @PathVariable UUID id,
            @Parameter(description = "the ETag last read; without it the last writer wins", example = "\"3\"")
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            @Parameter(description = "undo back to this version (owner or admin); absent: restore a discontinued product",
                    example = "2")
            @RequestParam(name = "version", required = false) Long version,
            Authentication caller) {
        if (version == null) {
            return writes.change(id, ifMatch, caller, RestoreProductCommand::new);
        }
        return writes.change(id, ifMatch, caller,
                (productId, actor, expectedVersion) -> new RevertProductCommand(productId, actor, expectedVersion, version));
    }
}
