package com.catalog.query.product.search;

import com.catalog.query.browse.BrowseProblems;
import com.catalog.query.consistency.RequestedMinPosition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.OptionalLong;
import java.util.UUID;

/**
 * Product listings, served from the Elasticsearch index like search (one read model for every product list, and
 * keyset paging with search_after for free).
 */
@RestController
@Tag(name = "Products", description = "Public product reads")
class ProductListController {

    private static final String JSON = "application/json";

    private final ProductSearcher searcher;
    private final ProductQueries queries;
    private final SearchReads reads;

    ProductListController(ProductSearcher searcher, ProductQueries queries, SearchReads reads) {
        this.searcher = searcher;
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/api/v1/products")
    @Operation(summary = "Published products, filtered and sorted",
            description = "Served from the search index. Filters: categoryId (with its descendants), brandId, "
                    + "minPrice/maxPrice (minor units, need currency), featured, attr.<name>=<value> (repeatable with "
                    + "different names, all must match). sort: newest (default), price_asc, price_desc, name, relevance. "
                    + "Keyset paging: pass nextCursor as cursor; pages neither repeat nor skip products while others "
                    + "are added. pageSize 1..100.")
    @ApiResponse(responseCode = "200", description = "A page of products", content = @Content(mediaType = JSON,
            examples = @ExampleObject(value = SearchExamples.LIST)))
    @BrowseProblems
    ResponseEntity<ProductSearchResponse> list(
            @RequestParam(required = false) UUID categoryId,
            @RequestParam(required = false) @Size(max = 64) String brandId,
            @Parameter(example = "1000") @RequestParam(required = false) Long minPrice,
            @Parameter(example = "50000") @RequestParam(required = false) Long maxPrice,
            @Parameter(example = "EUR") @RequestParam(required = false) String currency,
            @RequestParam(required = false) Boolean featured,
            @Parameter(example = "newest") @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @Parameter(example = "20") @RequestParam(defaultValue = "20") int pageSize,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @RequestedMinPosition OptionalLong minPosition) {
        ProductQuery query = queries.of(null, new ProductQueries.Filters(categoryId, brandId, minPrice, maxPrice,
                currency, featured, sort, cursor, pageSize), parameters, ProductSort.NEWEST);
        reads.await(minPosition);
        return reads.ok(searcher.search(query, false));
    }

    @GetMapping("/api/v1/products/featured")
    @Operation(summary = "Featured published products", description = "Newest first; same paging as the list.")
    @ApiResponse(responseCode = "200", description = "A page of featured products", content = @Content(mediaType = JSON,
            examples = @ExampleObject(value = SearchExamples.LIST)))
    @BrowseProblems
    ResponseEntity<ProductSearchResponse> featured(
            @RequestParam(required = false) String cursor,
            @Parameter(example = "20") @RequestParam(defaultValue = "20") int pageSize,
            @RequestedMinPosition OptionalLong minPosition) {
        ProductQuery query = queries.of(null, new ProductQueries.Filters(null, null, null, null, null, true, null,
                cursor, pageSize), new LinkedMultiValueMap<>(), ProductSort.NEWEST);
        reads.await(minPosition);
        return reads.ok(searcher.search(query, false));
    }
}
