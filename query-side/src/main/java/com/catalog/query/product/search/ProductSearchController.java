package com.catalog.query.product.search;

import com.catalog.query.browse.BrowseProblems;
import com.catalog.query.consistency.RequestedMinPosition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.OptionalLong;
import java.util.UUID;

@RestController
@Tag(name = "Products", description = "Public product reads")
class ProductSearchController {

    private static final String JSON = "application/json";

    private final ProductSearcher searcher;
    private final ProductSuggester suggester;
    private final ProductQueries queries;
    private final SearchReads reads;

    ProductSearchController(ProductSearcher searcher, ProductSuggester suggester, ProductQueries queries, SearchReads reads) {
        this.searcher = searcher;
        this.suggester = suggester;
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/api/v1/products/search")
    @Operation(summary = "Full-text product search with facets",
            description = "Published products only. Matches name (boosted), other-locale names, brand and category "
                    + "names, descriptions and SKUs. Typos are tolerated in the names only (one in words of 3-5 "
                    + "characters, two from 6; the first letter must be right); descriptions and SKUs match exactly. "
                    + "Facets count all matches per "
                    + "category, brand, price range (in currency, default EUR) and attribute. Page with the opaque "
                    + "nextCursor (search_after); pageSize 1..100. Nothing matched: didYouMean may hold a corrected "
                    + "query. See docs/search.md.")
    @ApiResponse(responseCode = "200", description = "Matching products and facets", content = @Content(mediaType = JSON,
            examples = {@ExampleObject(name = "hits", value = SearchExamples.SEARCH),
                    @ExampleObject(name = "nothing found", value = SearchExamples.EMPTY_WITH_CORRECTION)}))
    @BrowseProblems
    ResponseEntity<ProductSearchResponse> search(
            @Parameter(description = "the buyer's words; taken as plain text, never as query syntax", example = "oak desk")
            @RequestParam @NotBlank @Size(max = 200) String q,
            @Parameter(description = "a category; its descendants match too") @RequestParam(required = false) UUID categoryId,
            @RequestParam(required = false) @Size(max = 64) String brandId,
            @Parameter(description = "minor units, needs currency", example = "1000") @RequestParam(required = false) Long minPrice,
            @Parameter(description = "minor units, needs currency", example = "50000") @RequestParam(required = false) Long maxPrice,
            @Parameter(example = "EUR") @RequestParam(required = false) String currency,
            @RequestParam(required = false) Boolean featured,
            @Parameter(description = "relevance (default), newest, price_asc, price_desc, name", example = "relevance")
            @RequestParam(required = false) String sort,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
            @Parameter(example = "20") @RequestParam(defaultValue = "20") int pageSize,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @RequestedMinPosition OptionalLong minPosition) {
        ProductQuery query = queries.of(q, new ProductQueries.Filters(categoryId, brandId, minPrice, maxPrice, currency,
                featured, sort, cursor, pageSize), parameters, ProductSort.RELEVANCE);
        reads.await(minPosition);
        return reads.ok(searcher.search(query, true, minPosition.isPresent()));
    }

    @GetMapping("/api/v1/products/suggest")
    @Operation(summary = "Type-ahead", description = "Names and SKUs of published products starting with q; one typo "
            + "tolerated from 4 characters on. At most 10.")
    @ApiResponse(responseCode = "200", description = "Completions, best first", content = @Content(mediaType = JSON,
            examples = @ExampleObject(value = SearchExamples.SUGGEST)))
    @BrowseProblems
    ResponseEntity<ProductSuggestions> suggest(
            @Parameter(example = "oak d") @RequestParam @NotBlank @Size(max = 100) String q,
            @RequestedMinPosition OptionalLong minPosition) {
        reads.await(minPosition);
        return reads.ok(new ProductSuggestions(suggester.suggest(q)));
    }
}
