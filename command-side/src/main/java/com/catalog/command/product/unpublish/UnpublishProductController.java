package com.catalog.command.product.unpublish;

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
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of the unpublish use case; the aggregate decides whether the caller may do it. */
@RestController
class UnpublishProductController {

    private final ProductStatusWrites writes;

    UnpublishProductController(ProductStatusWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Unpublish a product", description = "From PUBLISHED to UNPUBLISHED. Its seller or an admin.")
    @ProductStatusWriteResponses
    @ApiResponse(responseCode = "403", description = "Neither the product's seller nor an admin (codes forbidden, not-product-owner)",
            content = @Content(mediaType = ProductStatusWriteResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Not allowed from the current status (code illegal-status-transition) "
            + "or a concurrent write (code concurrent-modification)",
            content = @Content(mediaType = ProductStatusWriteResponses.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/api/v1/products/{id}/unpublish")
    ResponseEntity<WriteResponse> unpublish(
            @PathVariable UUID id,
            @Parameter(description = "the ETag last read; without it the last writer wins", example = "\"3\"")
            @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
            Authentication caller) {
        return writes.change(id, ifMatch, caller, UnpublishProductCommand::new);
    }
}
