package com.catalog.query.integration.snapshot;

import com.catalog.query.integration.IntegrationReadProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Integration", description = "For downstream services: the public integration events")
class ProductSnapshotController {

    static final int MAX_LIMIT = 500;
    static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final ProductSnapshot snapshot;

    ProductSnapshotController(ProductSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @GetMapping("/api/v1/integration/products")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Snapshot of the public state of every product, to bootstrap a new subscriber",
            description = "The latest public state of every product that is not discontinued (the current version "
                    + "buyers see: never staged edits, never the cost price), as of one global event-store position. "
                    + "The first page (without `position`) fixes that position: how far catalog.product.v1 is "
                    + "published without holes. Pass it back with `afterProduct=next` until `next` is absent. Then "
                    + "continue on the event topics with the records whose catalog_position is above `position` (or "
                    + "the catch-up API with after=position), de-duplicating by ce_sequence as always. "
                    + "Requires the role ADMIN or INTEGRATION.")
    @ApiResponse(responseCode = "200", description = "A page of product states (possibly empty)")
    @ApiResponse(responseCode = "400", description = "`position` negative or beyond what is published, `afterProduct` "
            + "not a product id, `limit` outside 1..500",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @IntegrationReadProblems
    ProductSnapshotPage products(
            @Parameter(description = "The snapshot's position from the first page; absent on the first page",
                    example = "4711")
            @RequestParam(required = false) @Min(0) Long position,
            @Parameter(description = "The `next` of the previous page: products after this id (exclusive)",
                    example = "0b6f7c1e-2f1a-4c55-9d1e-8a1f0c3b2d4e")
            @RequestParam(required = false) @Pattern(regexp = UUID) String afterProduct,
            @Parameter(description = "How many products per page (1..500); discontinued ones count but are left out")
            @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit) {
        long current = snapshot.currentPosition();
        if (position != null && position > current) {
            throw new SnapshotPositionAheadException(position, current);
        }
        return snapshot.page(position == null ? current : position, afterProduct, limit);
    }
}
