package com.catalog.query.product.mine;

import com.catalog.query.browse.BrowseCaching;
import com.catalog.query.browse.InvalidParameterException;
import com.catalog.query.browse.Viewer;
import com.catalog.query.consistency.MinPosition;
import com.catalog.query.consistency.RequestedMinPosition;
import com.catalog.query.consistency.ProjectionConsistency;
import com.catalog.query.product.ProductStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A seller's (or admin's) own products in every status, drafts included. */
@RestController
@Tag(name = "My products", description = "The caller's own products, for sellers and admins")
@SecurityRequirement(name = "bearer")
class MyProductsController {

    private static final String PROBLEM = "application/problem+json";
    private static final int MAX_PAGE_SIZE = 100;
    private static final String EXAMPLE = """
            {"total": 3, "items": [{"id": "3f2b1c0d-9e8f-4a7b-8c6d-5e4f3a2b1c0d", "name": "Oak desk", "slug": "oak-desk",
              "sku": "DESK-OAK", "status": "DRAFT", "prices": [{"amount": 12900, "currency": "EUR"}],
              "categoryId": "9b2f7c1e-3d4a-4b5c-8d6e-7f8091a2b3c4", "brandId": null, "featured": false,
              "stagedChanges": false, "version": 2, "createdAt": "2026-03-01T09:00:00Z",
              "updatedAt": "2026-03-02T10:00:00Z"}],
             "nextCursor": "MjAyNi0wMy0wMVQwOTowMDowMFp8M2YyYjFjMGQtOWU4Zi00YTdiLThjNmQtNWU0ZjNhMmIxYzBk"}""";

    private final MyProductsRepository products;
    private final ProjectionConsistency consistency;
    private final BrowseCaching caching;

    MyProductsController(MyProductsRepository products, ProjectionConsistency consistency, BrowseCaching caching) {
        this.products = products;
        this.consistency = consistency;
        this.caching = caching;
    }

    @GetMapping("/api/v1/me/products")
    @Operation(summary = "The caller's own products", description = "Every status, drafts included, newest first "
            + "(creation time, then id). Filter with status (repeatable or comma-separated). Keyset paging: pass "
            + "nextCursor as cursor; pageSize 1..100. categoryId and brandId are the latest edits (staged).")
    @ApiResponse(responseCode = "200", description = "A page of the caller's products",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag")
    @ApiResponse(responseCode = "400", description = "Bad status, cursor, pageSize or min position "
            + "(codes invalid-status, invalid-cursor, invalid-page-size, invalid-min-position)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither SELLER nor ADMIN (code seller-or-admin-only)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Read model behind the requested position (Retry-After: 1)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<MyProductsPage> myProducts(
            @Parameter(description = "DRAFT, PUBLISHED, UNPUBLISHED, DISCONTINUED; default all", example = "DRAFT,PUBLISHED")
            @RequestParam(required = false) List<String> status,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(example = "20") @RequestParam(defaultValue = "20") int pageSize,
            @RequestedMinPosition OptionalLong minPosition,
            Authentication caller) {
        Viewer viewer = Viewer.of(caller);
        viewer.requireSellerOrAdmin();
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidParameterException("invalid-page-size", "Invalid page size",
                    "pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
        Set<ProductStatus> statuses = statuses(status);
        MyProductsCursor after = cursor == null || cursor.isBlank() ? null : MyProductsCursor.decode(cursor);
        consistency.awaitProcessed(MyProductsRepository.PROCESSOR, minPosition);
        List<MyProduct> page = products.page(viewer.id(), statuses, after, pageSize);
        String next = page.size() < pageSize ? null : new MyProductsCursor(page.get(page.size() - 1).createdAt(),
                page.get(page.size() - 1).id()).encode();
        return ResponseEntity.ok().cacheControl(caching.privateRead()).varyBy(MinPosition.HEADER, HttpHeaders.AUTHORIZATION)
                .body(new MyProductsPage(products.count(viewer.id(), statuses), page, next));
    }

    private static Set<ProductStatus> statuses(List<String> values) {
        if (values == null || values.isEmpty()) {
            return EnumSet.allOf(ProductStatus.class);
        }
        Set<ProductStatus> statuses = EnumSet.noneOf(ProductStatus.class);
        for (String value : values) {
            try {
                statuses.add(ProductStatus.valueOf(value.strip()));
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException("invalid-status", "Invalid status",
                        "status must be DRAFT, PUBLISHED, UNPUBLISHED or DISCONTINUED");
            }
        }
        return statuses;
    }
}
