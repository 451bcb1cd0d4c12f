package com.catalog.command.product.changeprices;

import com.catalog.command.web.Callers;
import com.catalog.command.web.ExpectedVersion;
import com.catalog.command.product.rest.PriceRequest;
import com.catalog.command.web.WriteResponse;
import com.catalog.command.web.AggregateWrites;
import com.catalog.events.value.ProductId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of replacing a product's multi-currency price list. Its seller or an admin. */
@RestController
class ReplaceProductPricesController {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final AggregateWrites writes;

    ReplaceProductPricesController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Replace a product's prices (several currencies)", description = "One price per currency in "
            + "minor units, the first is the primary price; compare-at prices only in those currencies. Once the product has been published, staged until the next publish.")
    @ApiResponse(responseCode = "200", description = "Changed, or already so (unchanged version)")
    @ApiResponse(responseCode = "400", description = "Invalid fields (invalid-request) or currency (invalid-value)",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "403", description = "Not the product's seller nor an admin", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "Product discontinued or a concurrent write", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "422", description = "Two prices in one currency (duplicate-currency), compare-at without "
            + "price (compare-at-without-price), unknown members", content = @Content(mediaType = PROBLEM_JSON))
    @PutMapping("/api/v1/products/{id}/prices")
    ResponseEntity<WriteResponse> replace(
            @PathVariable UUID id,
            @Valid @RequestBody PricesRequest request,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        request.rejectUnknownFields();
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(), new ReplaceProductPricesCommand(productId, Callers.actorOf(caller),
                expectedVersion, PriceRequest.toMoney(request.prices()),
                PriceRequest.toMoney(request.compareAtPrices())));
    }
}
