package com.catalog.command.product.bulk;

import com.catalog.command.web.BulkResponse;
import com.catalog.command.web.BulkWrites;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of bulk product creation: the create use case once per item, each in its own transaction. */
@RestController
class BulkCreateProductsController {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REQUEST_EXAMPLE = """
            [{"name": {"en": "Trail running shoe"}, "slug": "trail-running-shoe", "defaultLocale": "en",
              "sku": "TRAIL-42", "prices": [{"currency": "EUR", "amount": 12900}]},
             {"name": {"en": "Road running shoe"}, "slug": "road-running-shoe", "defaultLocale": "en",
              "sku": "TRAIL-42", "prices": [{"currency": "EUR", "amount": 9900}]},
             {"name": {"en": "No price"}, "slug": "no-price", "defaultLocale": "en", "sku": "NOPRICE-1", "prices": []}]""";
    private static final String RESPONSE_EXAMPLE = """
            {"succeeded": 1, "failed": 2, "items": [
              {"index": 0, "status": 201, "id": "0b6f3c9e-5d1a-4f7e-9a2b-8c4d6e1f3a5b", "version": 0, "position": 1042},
              {"index": 1, "status": 409, "problem": {"type": "https://catalog.dev/problems/sku-taken", "title": "Conflict",
                "status": 409, "detail": "SKU TRAIL-42 is already used by another product.", "code": "sku-taken"}},
              {"index": 2, "status": 400, "problem": {"type": "https://catalog.dev/problems/invalid-request",
                "title": "Bad Request", "status": 400, "detail": "The request has invalid fields.", "code": "invalid-request",
                "errors": [{"field": "prices", "message": "must not be empty"}]}}]}""";

    private final BulkWrites bulk;
    private final ProductBulkItems items;

    BulkCreateProductsController(BulkWrites bulk, ProductBulkItems items) {
        this.bulk = bulk;
        this.items = items;
    }

    @Operation(summary = "Create up to 1,000 products as drafts", description = "Roles SELLER or ADMIN; the caller "
            + "becomes their seller. Each item has the shape of POST /api/v1/products and runs on its own (its own "
            + "command and transaction): a refused item leaves the others created. The answer lists, in request order, "
            + "each item's status and id (201) or the problem the single request would have answered.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = REQUEST_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Every item was tried; see each item's status",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BulkResponse.class),
                    examples = @ExampleObject(value = RESPONSE_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Not a JSON array of 1 to 1,000 items (code invalid-request)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token (code unauthenticated)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Neither SELLER nor ADMIN (code forbidden)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping("/api/v1/products/bulk")
    BulkResponse createAll(@RequestBody JsonNode body, @AuthenticationPrincipal Jwt caller) {
        String sellerId = caller.getSubject();
        Map<JsonNode, UnknownItemFieldsException> unknown = new IdentityHashMap<>();
        BulkResponse response = bulk.createEach(body, item -> {
            try {
                return items.read(item, sellerId);
            } catch (UnknownItemFieldsException refused) {
                unknown.put(item, refused);
                throw refused;
            }
        });
        // the per-member errors[] of the single request's 422, which the shared item mapping does not carry
        response.items().forEach(result -> UnknownItemFieldsException.addErrors(result.problem(),
                unknown.get(body.get(result.index()))));
        return response;
    }
}
