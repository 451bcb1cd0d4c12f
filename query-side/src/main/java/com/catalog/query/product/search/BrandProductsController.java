package com.catalog.query.product.search;

import com.catalog.query.browse.BrowseProblems;
import com.catalog.query.consistency.RequestedMinPosition;
import com.catalog.query.consistency.ProjectionConsistency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published products of one brand: the product listing with the brand fixed, so it has the same items, filters,
 * sorts and cursors, served from the index.
 */
@RestController
@Tag(name = "Brands", description = "Public brand reads")
class BrandProductsController {

    /** The brand read model's processor: an unknown brand is only 404 once it has passed the requested position. */
    private static final String BRAND_PROCESSOR = "brand-read";

    private final ProductSearcher searcher;
    private final ProductQueries queries;
    private final SearchReads reads;
    private final ReferenceNames names;
    private final ProjectionConsistency consistency;

    BrandProductsController(ProductSearcher searcher, ProductQueries queries, SearchReads reads, ReferenceNames names,
                            ProjectionConsistency consistency) {
        this.searcher = searcher;
        this.queries = queries;
        this.reads = reads;
        this.names = names;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/brands/{id}/products")
    @Operation(summary = "A brand's published products", description = "The product listing (GET /api/v1/products) "
            + "with brandId fixed: same filters (categoryId with descendants, prices with currency, featured, "
            + "attr.<name>), sorts (newest default) and keyset paging with nextCursor; pageSize 1..100.")
    @ApiResponse(responseCode = "200", description = "A page of the brand's products", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(value = SearchExamples.LIST)))
    @BrowseProblems
    ResponseEntity<ProductSearchResponse> brandProducts(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID categoryId,
            @Parameter(example = "1000") @RequestParam(required = false) Long minPrice,
            @Parameter(example = "50000") @RequestParam(required = false) Long maxPrice,
            @Parameter(example = "EUR") @RequestParam(required = false) String currency,
            @RequestParam(required = false) Boolean featured,
            @Parameter(example = "newest") @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @Parameter(example = "20") @RequestParam(defaultValue = "20") int pageSize,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @RequestedMinPosition OptionalLong minPosition) {
        ProductQuery query = queries.of(null, new ProductQueries.Filters(categoryId, id.toString(), minPrice, maxPrice,
                currency, featured, sort, cursor, pageSize), parameters, ProductSort.NEWEST);
        consistency.awaitProcessed(BRAND_PROCESSOR, minPosition);
        if (names.brandName(id.toString()).isEmpty()) {
            throw brandNotFound(id);
        }
        reads.await(minPosition);
        return reads.ok(searcher.search(query, false));
    }

    private static ErrorResponseException brandNotFound(UUID id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No brand with id " + id);
        problem.setTitle("Brand not found");
        problem.setProperty("code", "brand-not-found");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
