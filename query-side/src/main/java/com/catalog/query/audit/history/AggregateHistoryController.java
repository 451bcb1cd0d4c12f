package com.catalog.query.audit.history;

import com.catalog.query.consistency.MinPosition;
import com.catalog.query.consistency.ProjectionConsistency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.OptionalLong;
import java.util.UUID;

/** The change history of one product (its seller or an admin), category or brand (admins), newest first. */
@RestController
@Tag(name = "Audit", description = "Who changed what, when: one entry per event, with a field-level diff")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "400", description = "Malformed id, cursor, limit or min position",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "No or invalid bearer token",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not the product's seller, nor an admin",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No history for this id",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "503", description = "Audit log behind the requested position (Retry-After: 1)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class AggregateHistoryController {

    static final String PRODUCT = "Product";
    // the aggregate types as Axon stores them: the aggregate classes' simple names
    static final String CATEGORY = "Category";
    static final String BRAND = "Brand";
    private static final String ID_PATTERN = "[A-Za-z0-9._:-]+";

    private final AuditHistory history;
    private final ProductSellers sellers;
    private final ProjectionConsistency consistency;

    AggregateHistoryController(AuditHistory history, ProductSellers sellers, ProjectionConsistency consistency) {
        this.history = history;
        this.sellers = sellers;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/products/{id}/history")
    @Operation(summary = "A product's change history", description = "For the product's seller or an admin.")
    @ApiResponse(responseCode = "200", description = "A page of the product's history, newest first")
    AuditPage product(
            @PathVariable UUID id,
            @Parameter(description = "`next` of the previous page") @RequestParam(required = false) @Size(max = 64) String cursor,
            @Parameter(description = "Page size (1..500)") @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @Parameter(in = ParameterIn.HEADER, description = "Wait until this event-store position is audited")
            @RequestHeader(name = MinPosition.HEADER, required = false) Long minPositionHeader,
            @Parameter(description = "Same as the " + MinPosition.HEADER + " header")
            @RequestParam(name = MinPosition.PARAMETER, required = false) Long minPosition) {
        Caller caller = Caller.current();
        OptionalLong position = MinPosition.of(minPositionHeader, minPosition);
        if (!caller.isAdmin()) {
            consistency.awaitProcessed(ProductSellers.PROCESSOR, position);
            String seller = sellers.sellerOf(id).orElseThrow(() -> AuditProblems.unknownAggregate(PRODUCT, id.toString()));
            if (!seller.equals(caller.id())) {
                throw AuditProblems.notOwner();
            }
        }
        return history.ofAggregate(PRODUCT, id.toString(), cursor, limit, position);
    }

    @GetMapping("/api/v1/categories/{id}/history")
    @Operation(summary = "A category's change history", description = "For admins.")
    @ApiResponse(responseCode = "200", description = "A page of the category's history, newest first")
    AuditPage category(
            @PathVariable @Size(max = 255) @Pattern(regexp = ID_PATTERN) String id,
            @Parameter(description = "`next` of the previous page") @RequestParam(required = false) @Size(max = 64) String cursor,
            @Parameter(description = "Page size (1..500)") @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @Parameter(in = ParameterIn.HEADER, description = "Wait until this event-store position is audited")
            @RequestHeader(name = MinPosition.HEADER, required = false) Long minPositionHeader,
            @Parameter(description = "Same as the " + MinPosition.HEADER + " header")
            @RequestParam(name = MinPosition.PARAMETER, required = false) Long minPosition) {
        Caller.requireAdmin();
        return history.ofAggregate(CATEGORY, id, cursor, limit, MinPosition.of(minPositionHeader, minPosition));
    }

    @GetMapping("/api/v1/brands/{id}/history")
    @Operation(summary = "A brand's change history", description = "For admins.")
    @ApiResponse(responseCode = "200", description = "A page of the brand's history, newest first")
    AuditPage brand(
            @PathVariable @Size(max = 255) @Pattern(regexp = ID_PATTERN) String id,
            @Parameter(description = "`next` of the previous page") @RequestParam(required = false) @Size(max = 64) String cursor,
            @Parameter(description = "Page size (1..500)") @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @Parameter(in = ParameterIn.HEADER, description = "Wait until this event-store position is audited")
            @RequestHeader(name = MinPosition.HEADER, required = false) Long minPositionHeader,
            @Parameter(description = "Same as the " + MinPosition.HEADER + " header")
            @RequestParam(name = MinPosition.PARAMETER, required = false) Long minPosition) {
        Caller.requireAdmin();
        return history.ofAggregate(BRAND, id, cursor, limit, MinPosition.of(minPositionHeader, minPosition));
    }
}
