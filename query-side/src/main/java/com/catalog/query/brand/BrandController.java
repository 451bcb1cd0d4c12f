package com.catalog.query.brand;

import com.catalog.query.browse.BrowseCaching;
import com.catalog.query.browse.BrowseProblems;
import com.catalog.query.browse.PageResponse;
import com.catalog.query.consistency.MinPosition;
import com.catalog.query.consistency.RequestedMinPosition;
import com.catalog.query.consistency.ProjectionConsistency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.OptionalLong;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public brand reads: a page of all brands by name, one brand, the featured ones. */
@RestController
@Tag(name = "Brands", description = "Public brand reads")
class BrandController {

    private static final String JSON = "application/json";
    private static final int FEATURED_LIMIT = 100;
    private static final String BRAND = """
            {"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "name": "Acme Outdoor", "slug": "acme-outdoor",
             "description": "Gear for the hills", "logoUrl": "https://cdn.example.com/acme.png",
             "websiteUrl": "https://acme.example.com", "featured": true, "version": 2,
             "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-02-01T09:30:00Z"}""";

    private final BrandRepository brands;
    private final ProjectionConsistency consistency;
    private final BrowseCaching caching;

    BrandController(BrandRepository brands, ProjectionConsistency consistency, BrowseCaching caching) {
        this.brands = brands;
        this.consistency = consistency;
        this.caching = caching;
    }

    @GetMapping("/api/v1/brands")
    @Operation(summary = "Brands, a page at a time", description = "Ordered by name, whatever its letter case.")
    @ApiResponse(responseCode = "200", description = "A page", content = @Content(mediaType = JSON, examples = @ExampleObject(
            value = "{\"items\": [" + BRAND + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}")))
    @BrowseProblems
    ResponseEntity<PageResponse<BrandResponse>> list(
            @Parameter(example = "0") @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @Parameter(example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestedMinPosition OptionalLong minPosition) {
        await(minPosition);
        return ok(PageResponse.of(brands.page(page, size), page, size, brands.countVisible()));
    }

    @GetMapping("/api/v1/brands/featured")
    @Operation(summary = "Featured brands", description = "At most 100, by name.")
    @ApiResponse(responseCode = "200", description = "The featured brands",
            content = @Content(mediaType = JSON, examples = @ExampleObject(value = "[" + BRAND + "]")))
    @BrowseProblems
    ResponseEntity<List<BrandResponse>> featured(
            @RequestedMinPosition OptionalLong minPosition) {
        await(minPosition);
        return ok(brands.featured(FEATURED_LIMIT));
    }

    @GetMapping("/api/v1/brands/{id}")
    @Operation(summary = "A brand", description = "404 once deleted.")
    @ApiResponse(responseCode = "200", description = "The brand",
            content = @Content(mediaType = JSON, examples = @ExampleObject(value = BRAND)))
    @BrowseProblems
    ResponseEntity<BrandResponse> brand(
            @PathVariable UUID id,
            @RequestedMinPosition OptionalLong minPosition) {
        await(minPosition);
        return ok(brands.findById(id).orElseThrow(() -> new BrandNotFoundException(id)));
    }

    private void await(OptionalLong minPosition) {
        consistency.awaitProcessed(BrandProjection.PROCESSOR, minPosition);
    }

    private <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(caching.publicRead()).varyBy(MinPosition.HEADER).body(body);
    }
}
