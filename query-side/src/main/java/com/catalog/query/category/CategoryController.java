package com.catalog.query.category;

import com.catalog.query.browse.BrowseCaching;
import com.catalog.query.browse.BrowseProblems;
import com.catalog.query.browse.PageResponse;
import com.catalog.query.browse.ProductFigures;
import com.catalog.query.browse.RecentAggregate;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public category reads. Lists, tree, children and featured show active categories only (a deactivated one hides
 * its subtree from the tree); a category by id is found while it is not deleted, with its {@code active} flag.
 */
@RestController
@Tag(name = "Categories", description = "Public category reads")
class CategoryController {

    private static final String JSON = "application/json";
    private static final int FEATURED_LIMIT = 100;

    private final CategoryRepository categories;
    private final RecentAggregate<Map<UUID, Long>> productCounts;
    private final ProjectionConsistency consistency;
    private final BrowseCaching caching;

    CategoryController(CategoryRepository categories, CategoryProductCounts counts, ProjectionConsistency consistency,
                       BrowseCaching caching) {
        this.categories = categories;
        this.productCounts = caching.recentAggregate(counts::publishedWithDescendants);
        this.consistency = consistency;
        this.caching = caching;
    }

    @GetMapping("/api/v1/categories")
    @Operation(summary = "Active categories, a page at a time", description = "Ordered by depth, then sort order and name.")
    @ApiResponse(responseCode = "200", description = "A page", content = @Content(mediaType = JSON,
            examples = @ExampleObject(value = CategoryExamples.PAGE)))
    @BrowseProblems
    ResponseEntity<PageResponse<CategoryResponse>> list(
            @Parameter(example = "0") @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @Parameter(example = "20") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @RequestedMinPosition OptionalLong minPosition) {
        await(minPosition);
        List<CategoryResponse> items = categories.page(page, size).stream().map(CategoryResponse::of).toList();
        return ok(PageResponse.of(items, page, size, categories.countVisible()));
    }

    @GetMapping("/api/v1/categories/tree")
    @Operation(summary = "The whole tree of active categories", description = "Roots and children in display order; "
            + "productCount is the number of published products in the category and all its descendants.")
    @ApiResponse(responseCode = "200", description = "The forest", content = @Content(mediaType = JSON,
            examples = @ExampleObject(value = CategoryExamples.TREE)))
    @BrowseProblems
    ResponseEntity<List<CategoryTreeNode>> tree(
            @RequestedMinPosition OptionalLong minPosition) {
        OptionalLong position = minPosition;
        consistency.awaitProcessed(CategoryProjection.PROCESSOR, position);
        consistency.awaitProcessed(ProductFigures.PROCESSOR, position);
        return ok(CategoryTreeNode.forest(categories.allVisible(), productCounts.get(position.isPresent())));
    }

    @GetMapping("/api/v1/categories/featured")
    @Operation(summary = "Featured active categories", description = "At most 100, by sort order and name.")
    @ApiResponse(responseCode = "200", description = "The featured categories", content = @Content(mediaType = JSON,
            examples = @ExampleObject(value = CategoryExamples.LIST)))
    @BrowseProblems
    ResponseEntity<List<CategoryResponse>> featured(
            @RequestedMinPosition OptionalLong minPosition) {
        await(minPosition);
        return ok(categories.featured(FEATURED_LIMIT).stream().map(CategoryResponse::of).toList());
    }

    @GetMapping("/api/v1/categories/{id}")
    @Operation(summary = "A category", description = "Also an inactive one (active: false); 404 once deleted.")
    @ApiResponse(responseCode = "200", description = "The category", content = @Content(mediaType = JSON,
            examples = @ExampleObject(value = CategoryExamples.CATEGORY)))
    @BrowseProblems
    ResponseEntity<CategoryResponse> category(
            @PathVariable UUID id,
            @RequestedMinPosition OptionalLong minPosition) {
        await(minPosition);
        return ok(CategoryResponse.of(existing(id)));
    }

    @GetMapping("/api/v1/categories/{id}/children")
    @Operation(summary = "A category's active children", description = "In display order: sort order, then name.")
    @ApiResponse(responseCode = "200", description = "The children", content = @Content(mediaType = JSON,
            examples = @ExampleObject(value = CategoryExamples.LIST)))
    @BrowseProblems
    ResponseEntity<List<CategoryResponse>> children(
            @PathVariable UUID id,
            @RequestedMinPosition OptionalLong minPosition) {
        await(minPosition);
        existing(id);
        return ok(categories.childrenOf(id).stream().map(CategoryResponse::of).toList());
    }

    @GetMapping("/api/v1/categories/{id}/breadcrumb")
    @Operation(summary = "The path from the root down to a category", description = "Follows moves of any ancestor.")
    @ApiResponse(responseCode = "200", description = "Root first, the category last", content = @Content(mediaType = JSON,
            examples = @ExampleObject(value = CategoryExamples.BREADCRUMB)))
    @BrowseProblems
    ResponseEntity<List<BreadcrumbItem>> breadcrumb(
            @PathVariable UUID id,
            @RequestedMinPosition OptionalLong minPosition) {
        await(minPosition);
        CategoryRow category = existing(id);
        List<BreadcrumbItem> steps = new ArrayList<>();
        if (!category.path().isEmpty()) {
            categories.byIdsRootFirst(category.path()).stream().map(BreadcrumbItem::of).forEach(steps::add);
        }
        steps.add(BreadcrumbItem.of(category));
        return ok(steps);
    }

    private void await(OptionalLong minPosition) {
        consistency.awaitProcessed(CategoryProjection.PROCESSOR, minPosition);
    }

    private CategoryRow existing(UUID id) {
        return categories.findById(id).orElseThrow(() -> new CategoryNotFoundException(id));
    }

    private <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(caching.publicRead()).varyBy(MinPosition.HEADER).body(body);
    }
}
