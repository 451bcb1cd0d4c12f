package com.catalog.command.product.changeprice;

import com.catalog.command.web.Callers;
import com.catalog.command.web.ExpectedVersion;
import com.catalog.command.web.WriteResponse;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.ApiHeaders;
import com.catalog.events.value.ProductId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST adapter of the change-price use case. A POST to a sub-resource like the lifecycle commands: PATCH on the
 * product is reserved for JSON Merge Patch of its details (issue 4's contract).
 */
@RestController
class ChangeProductPriceController {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final AggregateWrites writes;

    ChangeProductPriceController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Change a product's price",
            description = "Its seller or an admin. The same price again stores nothing and answers the unchanged version. "
                    + "Once the product has been published, the change is staged until the next publish.")
    @ApiResponse(responseCode = "200", description = "Changed, or already at this price", headers = {
            @Header(name = "ETag", description = "the aggregate version after the change, quoted"),
            @Header(name = ApiHeaders.POSITION, description = "global position of the product's latest event")})
    @ApiResponse(responseCode = "400", description = "Invalid price, id or If-Match (codes invalid-request, invalid-value, malformed-request)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token (code unauthenticated)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither the product's seller nor an admin (codes forbidden, not-product-owner)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown product (code not-found)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Product discontinued (code product-discontinued) or a concurrent write",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (code version-mismatch, property currentVersion)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Unknown or server-owned members (code unknown-fields)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/api/v1/products/{id}/price")
    ResponseEntity<WriteResponse> changePrice(
            @PathVariable UUID id,
            @Valid @RequestBody ChangeProductPriceRequest request,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        request.rejectUnknownFields();
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(), new ChangeProductPriceCommand(productId, Callers.actorOf(caller),
                expectedVersion, request.toMoney()));
    }
}
