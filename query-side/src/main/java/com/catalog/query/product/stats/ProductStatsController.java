package com.catalog.query.product.stats;

import com.catalog.query.browse.BrowseCaching;
import com.catalog.query.browse.Viewer;
import com.catalog.query.consistency.MinPosition;
import com.catalog.query.consistency.RequestedMinPosition;
import com.catalog.query.consistency.ProjectionConsistency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A product's price history, number of changes and time in each status, for its seller and admins. */
@RestController
@Tag(name = "Products", description = "Public product reads")
@SecurityRequirement(name = "bearer")
class ProductStatsController {

    private static final String PROBLEM = "application/problem+json";
    private static final String EXAMPLE = """
            {"productId": "3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d", "status": "PUBLISHED",
             "createdAt": "2026-03-01T09:00:00Z", "changes": 4, "lastChangedAt": "2026-03-05T12:00:00Z",
             "asOf": "2026-03-10T08:00:00Z",
             "secondsInStatus": {"DRAFT": 86400, "PUBLISHED": 759600, "UNPUBLISHED": 0, "DISCONTINUED": 0},
             "statusHistory": [{"status": "DRAFT", "from": "2026-03-01T09:00:00Z", "to": "2026-03-02T09:00:00Z"},
                               {"status": "PUBLISHED", "from": "2026-03-02T09:00:00Z"}],
             "priceHistory": {"EUR": [{"amount": 12900, "from": "2026-03-01T09:00:00Z", "to": "2026-03-05T12:00:00Z"},
                                      {"amount": 9900, "from": "2026-03-05T12:00:00Z"}],
                              "USD": [{"amount": 13900, "from": "2026-03-01T09:00:00Z"}]}}""";

    private final ProductStatsRepository stats;
    private final ProjectionConsistency consistency;
    private final BrowseCaching caching;
    private final ProductStatsProperties properties;

    ProductStatsController(ProductStatsRepository stats, ProjectionConsistency consistency, BrowseCaching caching,
                           ProductStatsProperties properties) {
        this.stats = stats;
        this.consistency = consistency;
        this.caching = caching;
        this.properties = properties;
    }

    @GetMapping("/api/v1/products/{id}/stats")
    @Operation(summary = "A product's statistics (its seller or an admin)", description = "Price history per currency "
            + "with times, number of changes (events after the creation) and time in each status, all derived from the "
            + "product's events. The price history is the prices buyers saw: a price change staged for the next "
            + "publish enters it only when that publish makes it current, dated at the publish (a discarded one never "
            + "does); an unstaged change enters it when stored. Every event, staged or not, counts in changes. "
            + "The open status period counts up to asOf, the request time truncated to "
            + "catalog.read.product-stats.clock-granularity (1 minute), so the ETag holds within that minute.")
    @ApiResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag")
    @ApiResponse(responseCode = "400", description = "Malformed id or min position",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token (code unauthenticated)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither the product's seller nor an admin (code not-product-owner)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown product (code product-not-found)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Read model behind the requested position (Retry-After: 1)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProductStatsResponse> stats(
            @PathVariable UUID id,
            @RequestedMinPosition OptionalLong minPosition,
            Authentication caller) {
        consistency.awaitProcessed(ProductStatsProjection.PROCESSOR, minPosition);
        Viewer viewer = Viewer.of(caller);
        viewer.requireSignedIn();
        ProductFacts facts = stats.findById(id).orElseThrow(() -> new ProductStatsNotFoundException(id));
        viewer.requireOwnerOrAdmin(facts.sellerId(), "not-product-owner", "its statistics");
        Instant asOf = Instant.ofEpochMilli(truncated(System.currentTimeMillis()));
        return ResponseEntity.ok().cacheControl(caching.privateRead())
                .varyBy(MinPosition.HEADER, HttpHeaders.AUTHORIZATION)
                .body(ProductStatsResponse.of(facts, stats.statusHistory(id), stats.priceHistory(id), asOf));
    }

    private long truncated(long millis) {
        long granularity = Math.max(1, properties.clockGranularity().toMillis());
        return millis - millis % granularity;
    }
}
