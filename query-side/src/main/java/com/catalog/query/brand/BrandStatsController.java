package com.catalog.query.brand;

import com.catalog.query.brand.BrandFigures.TopBrand;
import com.catalog.query.browse.BrowseCaching;
import com.catalog.query.browse.BrowseProblems;
import com.catalog.query.browse.InvalidParameterException;
import com.catalog.query.browse.ProductFigures;
import com.catalog.query.browse.ProductFigures.Figures;
import com.catalog.query.browse.ProductFigures.Reference;
import com.catalog.query.browse.RecentAggregate;
import com.catalog.query.browse.Viewer;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Brand figures: the top brands, a side-by-side comparison and one brand's statistics (published products only). */
@RestController
@Tag(name = "Brands", description = "Public brand reads")
class BrandStatsController {

    private static final int MIN_COMPARED = 2;
    private static final int MAX_COMPARED = 5;
    private static final int MAX_TOP = 50;

    private final BrandRepository brands;
    private final BrandFigures brandFigures;
    private final ProductFigures figures;
    private final ProjectionConsistency consistency;
    private final BrowseCaching caching;
    private final RecentAggregate<List<TopBrand>> ranking;

    BrandStatsController(BrandRepository brands, BrandFigures brandFigures, ProductFigures figures,
                         ProjectionConsistency consistency, BrowseCaching caching) {
        this.brands = brands;
        this.brandFigures = brandFigures;
        this.figures = figures;
        this.consistency = consistency;
        this.caching = caching;
        this.ranking = caching.recentAggregate(
                () -> brandFigures.top(MAX_TOP, Instant.now().minus(caching.activityWindow())));
    }

    @GetMapping("/api/v1/brands/top")
    @Operation(summary = "Top brands", description = "Brands by score = published products + 2 × recently changed "
            + "published products (any event within catalog.read.browse.activity-window, 30 days); ties by name. Only "
            + "brands with a published product. limit 1..50.")
    @ApiResponse(responseCode = "200", description = "Best first", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = BrandStatsExamples.TOP)))
    @BrowseProblems
    ResponseEntity<List<TopBrand>> top(
            @Parameter(example = "10") @RequestParam(defaultValue = "10") @Min(1) @Max(MAX_TOP) int limit,
            @RequestedMinPosition OptionalLong minPosition) {
        await(minPosition);
        List<TopBrand> best = ranking.get(minPosition.isPresent());
        return ResponseEntity.ok().cacheControl(caching.publicRead()).varyBy(MinPosition.HEADER)
                .body(best.subList(0, Math.min(limit, best.size())));
    }

    @GetMapping("/api/v1/brands/compare")
    @Operation(summary = "2 to 5 brands side by side", description = "Per brand, in the order asked: published "
            + "products, their price range per currency and their categories (most products first).")
    @ApiResponse(responseCode = "200", description = "One entry per brand", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(value = BrandStatsExamples.COMPARE)))
    @BrowseProblems
    ResponseEntity<List<BrandComparison>> compare(
            @Parameter(description = "2 to 5 distinct brand ids, comma-separated (code invalid-brand-ids otherwise)",
                    example = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a,7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d")
            @RequestParam String ids,
            @RequestedMinPosition OptionalLong minPosition) {
        Set<UUID> compared = brandIds(ids);
        await(minPosition);
        List<BrandComparison> comparison = new ArrayList<>();
        for (UUID id : compared) {
            BrandResponse brand = brands.findById(id).orElseThrow(() -> new BrandNotFoundException(id));
            Figures of = figures.of(Reference.BRAND, List.of(id));
            comparison.add(new BrandComparison(brand, of.published(), of.priceRanges(), brandFigures.categoriesOf(id)));
        }
        return ResponseEntity.ok().cacheControl(caching.publicRead()).varyBy(MinPosition.HEADER).body(comparison);
    }

    @GetMapping("/api/v1/brands/{id}/stats")
    @Operation(summary = "A brand's statistics", description = "Published products, price range per currency, distinct "
            + "categories and recent activity (as for categories: newProducts, changedProducts, lastChangeAt within "
            + "catalog.read.browse.activity-window). Admins (bearer token) also get products per status; their answer "
            + "is private.")
    @ApiResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = "application/json",
            examples = {@ExampleObject(name = "public", value = BrandStatsExamples.STATS),
                    @ExampleObject(name = "admin", value = BrandStatsExamples.ADMIN_STATS)}))
    @BrowseProblems
    ResponseEntity<BrandStatsResponse> stats(
            @PathVariable UUID id,
            @RequestedMinPosition OptionalLong minPosition,
            Authentication caller) {
        await(minPosition);
        brands.findById(id).orElseThrow(() -> new BrandNotFoundException(id));
        Viewer viewer = Viewer.of(caller);
        Figures of = figures.of(Reference.BRAND, List.of(id));
        return caching.byRole(viewer, new BrandStatsResponse(id, of.counts(viewer), of.priceRanges(), of.otherReferences(),
                of.recentActivity()));
    }

    private void await(OptionalLong minPosition) {
        consistency.awaitProcessed(BrandProjection.PROCESSOR, minPosition);
        consistency.awaitProcessed(ProductFigures.PROCESSOR, minPosition);
    }

    private static Set<UUID> brandIds(String ids) {
        Set<UUID> parsed = new LinkedHashSet<>();
        String[] parts = ids.split(",", -1);
        try {
            for (String part : parts) {
                parsed.add(UUID.fromString(part.strip()));
            }
        } catch (IllegalArgumentException e) {
            throw invalidIds();
        }
        if (parts.length > MAX_COMPARED || parsed.size() != parts.length || parsed.size() < MIN_COMPARED) {
            throw invalidIds();
        }
        return parsed;
    }

    private static InvalidParameterException invalidIds() {
        return new InvalidParameterException("invalid-brand-ids", "Invalid brand ids",
                "ids must be " + MIN_COMPARED + " to " + MAX_COMPARED + " distinct brand ids, comma-separated");
    }
}
