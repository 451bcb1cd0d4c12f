package com.catalog.command.product.images;

import com.catalog.command.eventstore.WritePosition;
import com.catalog.command.eventstore.WritePositions;
import com.catalog.command.web.Callers;
import com.catalog.command.web.ExpectedVersion;
import com.catalog.command.web.WriteResponse;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.ApiHeaders;
import com.catalog.events.value.ProductId;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of a product's images: add (URL only, never fetched), reorder, remove. Its seller or an admin. */
@RestController
class ProductImagesController {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final CommandGateway commandGateway;
    private final WritePositions writePositions;
    private final AggregateWrites writes;

    ProductImagesController(CommandGateway commandGateway, WritePositions writePositions, AggregateWrites writes) {
        this.commandGateway = commandGateway;
        this.writePositions = writePositions;
        this.writes = writes;
    }

    @Operation(summary = "Add an image", description = "An absolute http(s) URL of at most 2,048 characters; the catalog "
            + "stores it and never fetches it. Appended after the existing images. Once the product has been published, "
            + "image changes are staged until the next publish.")
    @ApiResponse(responseCode = "201", description = "Added; Location names the image")
    @ApiResponse(responseCode = "400", description = "Missing or too long fields (invalid-request)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "403", description = "Not the product's seller nor an admin", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "404", description = "Unknown product", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "Product discontinued or a concurrent write", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "422", description = "Not an http(s) URL (invalid-image-url), too many images, unknown members",
            content = @Content(mediaType = PROBLEM_JSON))
    @PostMapping("/api/v1/products/{id}/images")
    ResponseEntity<ImageWriteResponse> add(
            @PathVariable UUID id,
            @Valid @RequestBody ImageRequest request,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        request.rejectUnknownFields();
        ProductId productId = new ProductId(id.toString());
        String imageId = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new AddProductImageCommand(productId, Callers.actorOf(caller), expectedVersion,
                imageId, request.url(), request.altText()));
        WritePosition written = writePositions.latestOf(productId.value());
        return ResponseEntity.created(URI.create("/api/v1/products/" + id + "/images/" + imageId))
                .eTag(Long.toString(written.version()))
                .header(ApiHeaders.POSITION, Long.toString(written.position()))
                .body(new ImageWriteResponse(productId.value(), imageId, written.version(), written.position()));
    }

    @Operation(summary = "Reorder the images", description = "Every image id of the product exactly once, main image first.")
    @ApiResponse(responseCode = "200", description = "Reordered, or already in this order")
    @ApiResponse(responseCode = "409", description = "Not exactly the product's images (invalid-image-order)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @PutMapping("/api/v1/products/{id}/images/order")
    ResponseEntity<WriteResponse> reorder(
            @PathVariable UUID id,
            @Valid @RequestBody ImageOrderRequest request,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        request.rejectUnknownFields();
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(), new ReorderProductImagesCommand(productId, Callers.actorOf(caller),
                expectedVersion, request.imageIds()));
    }

    @Operation(summary = "Remove an image")
    @ApiResponse(responseCode = "200", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Unknown product or image (not-found)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (version-mismatch)", content = @Content(mediaType = PROBLEM_JSON))
    @DeleteMapping("/api/v1/products/{id}/images/{imageId}")
    ResponseEntity<WriteResponse> remove(
            @PathVariable UUID id,
            @PathVariable UUID imageId,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(), new RemoveProductImageCommand(productId, Callers.actorOf(caller),
                expectedVersion, imageId.toString()));
    }
}
