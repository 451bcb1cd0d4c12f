package com.catalog.command.product.costprice;

import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.Callers;
import com.catalog.command.web.ExpectedVersion;
import com.catalog.command.web.WriteResponse;
import com.catalog.events.value.ProductId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST adapter of the cost price, a sub-resource like {@code /prices}: PUT sets it, DELETE removes it. Only the
 * product's seller or an admin; the query side shows it to them alone, and no public event or index carries it.
 */
@RestController
class ChangeProductCostPriceController {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PATH = "/api/v1/products/{id}/cost-price";

    private final AggregateWrites writes;

    ChangeProductCostPriceController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Set a product's cost price", description = "What the seller pays, in minor units. Private "
            + "to the seller and admins; not staged (buyers never see it). The same value again stores nothing.")
    @ApiResponse(responseCode = "200", description = "Changed, or already so (unchanged version)")
    @ApiResponse(responseCode = "400", description = "Invalid fields (invalid-request) or currency (invalid-value)",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "403", description = "Not the product's seller nor an admin", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "Product discontinued or a concurrent write", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "422", description = "Unknown or server-owned members (unknown-fields)",
            content = @Content(mediaType = PROBLEM_JSON))
    @PutMapping(PATH)
    ResponseEntity<WriteResponse> set(
            @PathVariable UUID id,
            @Valid @RequestBody CostPriceRequest request,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        request.rejectUnknownFields();
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(), new ChangeProductCostPriceCommand(productId, Callers.actorOf(caller),
                expectedVersion, request.toMoney()));
    }

    @Operation(summary = "Remove a product's cost price", description = "Its seller or an admin. Without a cost price "
            + "already, nothing is stored.")
    @ApiResponse(responseCode = "200", description = "Removed, or there was none (unchanged version)")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "403", description = "Not the product's seller nor an admin", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "Product discontinued or a concurrent write", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @DeleteMapping(PATH)
    ResponseEntity<WriteResponse> remove(
            @PathVariable UUID id,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(), new ChangeProductCostPriceCommand(productId, Callers.actorOf(caller),
                expectedVersion, null));
    }
}
