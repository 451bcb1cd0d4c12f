package com.catalog.query.category;

import com.catalog.query.browse.BrowseCaching;
import com.catalog.query.browse.BrowseProblems;
import com.catalog.query.browse.ProductFigures;
import com.catalog.query.browse.ProductFigures.Figures;
import com.catalog.query.browse.ProductFigures.Reference;
import com.catalog.query.browse.Viewer;
import com.catalog.query.consistency.RequestedMinPosition;
import com.catalog.query.consistency.ProjectionConsistency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Statistics of a category and everything below it, from the category and product-stats read models. */
@RestController
@Tag(name = "Categories", description = "Public category reads")
class CategoryStatsController {

    private final CategoryRepository categories;
    private final CategoryProductCounts counts;
    private final ProductFigures figures;
    private final ProjectionConsistency consistency;
    private final BrowseCaching caching;

    CategoryStatsController(CategoryRepository categories, CategoryProductCounts counts, ProductFigures figures,
                            ProjectionConsistency consistency, BrowseCaching caching) {
        this.categories = categories;
        this.counts = counts;
        this.figures = figures;
        this.consistency = consistency;
        this.caching = caching;
    }

    @GetMapping("/api/v1/categories/{id}/stats")
    @Operation(summary = "A category's statistics, descendants included", description = "Published products, price "
            + "range per currency, distinct brands and recent activity (within catalog.read.browse.activity-window, "
            + "30 days): newProducts = published products created in the window, changedProducts = published products "
            + "with any event in it, lastChangeAt = the newest such event. Admins (bearer token) also get products per "
            + "status; their answer is private. See docs/categories-and-brands.md.")
    @ApiResponse(responseCode = "200", description = "The figures", content = @Content(mediaType = "application/json",
            examples = {@ExampleObject(name = "public", value = CategoryExamples.STATS),
                    @ExampleObject(name = "admin", value = CategoryExamples.ADMIN_STATS)}))
    @BrowseProblems
    ResponseEntity<CategoryStatsResponse> stats(
            @PathVariable UUID id,
            @RequestedMinPosition OptionalLong minPosition,
            Authentication caller) {
        consistency.awaitProcessed(CategoryProjection.PROCESSOR, minPosition);
        consistency.awaitProcessed(ProductFigures.PROCESSOR, minPosition);
        categories.findById(id).orElseThrow(() -> new CategoryNotFoundException(id));
        Viewer viewer = Viewer.of(caller);
        List<UUID> subtree = counts.withDescendants(id);
        Figures of = figures.of(Reference.CATEGORY, subtree);
        return caching.byRole(viewer, new CategoryStatsResponse(id, subtree.size(), of.counts(viewer), of.priceRanges(),
                of.otherReferences(), of.recentActivity()));
    }
}
