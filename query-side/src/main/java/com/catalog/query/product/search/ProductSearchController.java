package com.catalog.query.product.search;

import com.catalog.query.consistency.MinPosition;
import com.catalog.query.consistency.ProjectionConsistency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.OptionalLong;

@RestController
@Tag(name = "Products", description = "Public product reads")
class ProductSearchController {

    private final ProductSearcher searcher;
    private final ProjectionConsistency consistency;
    private final SearchProperties properties;

    ProductSearchController(ProductSearcher searcher, ProjectionConsistency consistency, SearchProperties properties) {
        this.searcher = searcher;
        this.consistency = consistency;
        this.properties = properties;
    }

    @GetMapping("/api/v1/products/search")
    @Operation(summary = "Full-text product search",
            description = "Matches name (boosted), description and SKU, tolerating typos. size is capped at 100.")
    @ApiResponse(responseCode = "200", description = "Matching products, best first")
    @ApiResponse(responseCode = "400", description = "Missing or invalid parameters",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Index behind the requested position (Retry-After: 1)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProductSearchResponse search(
            @RequestParam @NotBlank @Size(max = 200) String q,
            @RequestParam(defaultValue = "20") @Min(1) int size,
            @Parameter(in = ParameterIn.HEADER, description = "Wait until this event-store position is searchable")
            @RequestHeader(name = MinPosition.HEADER, required = false) Long minPositionHeader,
            @Parameter(description = "Same as the " + MinPosition.HEADER + " header")
            @RequestParam(name = MinPosition.PARAMETER, required = false) Long minPosition) {
        OptionalLong position = MinPosition.of(minPositionHeader, minPosition);
        consistency.awaitProcessed(ProductSearchProjection.PROCESSOR, position);
        if (position.isPresent()) {
            // processed means written, not yet searchable: a refresh closes that last gap (only when asked for)
            searcher.refresh();
        }
        return searcher.search(q, Math.min(size, properties.maxSize()));
    }
}
