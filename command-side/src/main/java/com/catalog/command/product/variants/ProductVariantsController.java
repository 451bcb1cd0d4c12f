package com.catalog.command.product.variants;

import com.catalog.command.eventstore.WritePosition;
import com.catalog.command.eventstore.WritePositions;
import com.catalog.command.web.Callers;
import com.catalog.command.web.ExpectedVersion;
import com.catalog.command.product.rest.PriceRequest;
import com.catalog.command.web.WriteResponse;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.ApiHeaders;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of a product's variants: add, change (merge patch) and remove. Its seller or an admin. */
@RestController
class ProductVariantsController {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    private final CommandGateway commandGateway;
    private final WritePositions writePositions;
    private final AggregateWrites writes;

    ProductVariantsController(CommandGateway commandGateway, WritePositions writePositions, AggregateWrites writes) {
        this.commandGateway = commandGateway;
        this.writePositions = writePositions;
        this.writes = writes;
    }

    @Operation(summary = "Add a variant", description = "A catalog-wide unique SKU, option values unique within the "
            + "product, optional own prices. Once the product has been published, staged until the next publish.")
    @ApiResponse(responseCode = "201", description = "Added; Location names the variant, body the product's new version")
    @ApiResponse(responseCode = "400", description = "Invalid fields (invalid-request, invalid-value)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "403", description = "Not the product's seller nor an admin", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "SKU taken (sku-taken), same options as another variant "
            + "(duplicate-variant-options), product discontinued or a concurrent write", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "422", description = "Unknown members (unknown-fields), too many variants, bad options",
            content = @Content(mediaType = PROBLEM_JSON))
    @PostMapping("/api/v1/products/{id}/variants")
    ResponseEntity<VariantWriteResponse> add(
            @PathVariable UUID id,
            @Valid @RequestBody VariantRequest request,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        request.rejectUnknownFields();
        ProductId productId = new ProductId(id.toString());
        String variantId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new AddProductVariantCommand(productId, Callers.actorOf(caller), expectedVersion,
                variantId, Sku.of(request.sku()), request.options(), PriceRequest.toMoney(request.prices())));
        WritePosition written = writePositions.latestOf(productId.value());
        return ResponseEntity.created(URI.create("/api/v1/products/" + id + "/variants/" + variantId))
                .eTag(Long.toString(written.version()))
                .header(ApiHeaders.POSITION, Long.toString(written.position()))
                .body(new VariantWriteResponse(productId.value(), variantId, written.version(), written.position()));
    }

    @Operation(summary = "Change a variant (JSON Merge Patch)", description = "options merge (null removes one), "
            + "prices replace (empty: the product's apply). The same values again store nothing.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MERGE_PATCH_JSON,
            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = VariantChangeRequest.class)))
    @ApiResponse(responseCode = "200", description = "Changed, or already so")
    @ApiResponse(responseCode = "404", description = "Unknown product or variant (not-found)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "Same options as another variant, product discontinued", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "422", description = "Unknown members (unknown-fields) or bad options", content = @Content(mediaType = PROBLEM_JSON))
    @PatchMapping(path = "/api/v1/products/{id}/variants/{variantId}", consumes = MERGE_PATCH_JSON)
    ResponseEntity<WriteResponse> change(
            @PathVariable UUID id,
            @PathVariable UUID variantId,
            @Valid @RequestBody VariantChangeRequest request,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        request.rejectUnknownFields();
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(), new ChangeProductVariantCommand(productId, Callers.actorOf(caller),
                expectedVersion, variantId.toString(), request.options(),
                request.prices() == null ? null : PriceRequest.toMoney(request.prices())));
    }

    @Operation(summary = "Remove a variant", description = "Its SKU becomes free for any product.")
    @ApiResponse(responseCode = "200", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Unknown product or variant (not-found)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "Product discontinued or a concurrent write", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @DeleteMapping("/api/v1/products/{id}/variants/{variantId}")
    ResponseEntity<WriteResponse> remove(
            @PathVariable UUID id,
            @PathVariable UUID variantId,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(), new RemoveProductVariantCommand(productId, Callers.actorOf(caller),
                expectedVersion, variantId.toString()));
    }
}
