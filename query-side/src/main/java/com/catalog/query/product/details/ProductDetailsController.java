package com.catalog.query.product.details;

import com.catalog.query.consistency.MinPosition;
import com.catalog.query.consistency.ProjectionConsistency;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Products", description = "Public product reads")
class ProductDetailsController {

    private final ProductDetailsRepository products;
    private final ProjectionConsistency consistency;

    ProductDetailsController(ProductDetailsRepository products, ProjectionConsistency consistency) {
        this.products = products;
        this.consistency = consistency;
    }

    @GetMapping("/api/v1/products/{id}")
    @Operation(summary = "A product page", description = "ETag is the product's version (aggregate sequence).")
    @ApiResponse(responseCode = "200", description = "The product")
    @ApiResponse(responseCode = "400", description = "Malformed id or min position",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown product",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Read model behind the requested position (Retry-After: 1)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ProductDetailsResponse> product(
            @PathVariable UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "Wait until this event-store position is visible")
            @RequestHeader(name = MinPosition.HEADER, required = false) Long minPositionHeader,
            @Parameter(description = "Same as the " + MinPosition.HEADER + " header")
            @RequestParam(name = MinPosition.PARAMETER, required = false) Long minPosition) {
        consistency.awaitProcessed(ProductDetailsProjection.PROCESSOR, MinPosition.of(minPositionHeader, minPosition));
        ProductDetails product = products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
        return ResponseEntity.ok()
                .eTag("\"" + product.lastSequence() + "\"")
                .body(ProductDetailsResponse.of(product));
    }
}
