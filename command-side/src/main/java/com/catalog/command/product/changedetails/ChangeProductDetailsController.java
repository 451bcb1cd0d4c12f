package com.catalog.command.product.changedetails;

import com.catalog.command.web.Callers;
import com.catalog.command.web.ExpectedVersion;
import com.catalog.command.web.WriteResponse;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.product.rest.RequestFields;
import com.catalog.events.value.ProductId;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST adapter of the change-details use case: PUT replaces all editable details, PATCH takes a JSON Merge Patch
 * (RFC 7386). Once a product was published, both change its staged version only.
 */
@RestController
class ChangeProductDetailsController {

    static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final AggregateWrites writes;

    ChangeProductDetailsController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Replace a product's editable details",
            description = "Its seller or an admin. Details equal to the current ones store nothing. After the first "
                    + "publication the change goes to the staged version, which buyers see after the next publish.")
    @ApiResponse(responseCode = "200", description = "Changed, or already so (unchanged version)")
    @ApiResponse(responseCode = "400", description = "Invalid fields (code invalid-request, errors[]) or malformed body",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "403", description = "Not the product's seller nor an admin (code not-product-owner)",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "404", description = "Unknown product (code not-found)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "Slug taken (slug-taken), product discontinued or a concurrent write",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (code version-mismatch, property currentVersion)",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "422", description = "Unknown or server-owned members (unknown-fields), a product rule broken, or a category/brand that does not exist, was deleted or is deactivated (invalid-reference)",
            content = @Content(mediaType = PROBLEM_JSON))
    @PutMapping("/api/v1/products/{id}")
    ResponseEntity<WriteResponse> replace(
            @PathVariable UUID id,
            @Valid @RequestBody ProductDetailsRequest request,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(), new ReplaceProductDetailsCommand(productId, Callers.actorOf(caller),
                expectedVersion, request.toDetails()));
    }

    @Operation(summary = "Change some of a product's details (JSON Merge Patch)",
            description = "RFC 7386, content type application/merge-patch+json: members present replace, null removes "
                    + "(a locale, an attribute, the category), objects merge. Members: defaultLocale, name, slug, "
                    + "description, shortDescription, attributes, categoryId, brandId.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MERGE_PATCH_JSON,
            examples = @ExampleObject(value = """
                    {"name": {"de": "Trailschuh", "fr": null}, "attributes": {"colour": "blue"}, "brandId": null}""")))
    @ApiResponse(responseCode = "200", description = "Changed, or already so (unchanged version)")
    @ApiResponse(responseCode = "400", description = "Not a JSON object or members of the wrong shape (invalid-value, malformed-request)",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "403", description = "Not the product's seller nor an admin (code not-product-owner)",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "404", description = "Unknown product (code not-found)", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "409", description = "Slug taken, product discontinued or a concurrent write",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "412", description = "If-Match is stale (code version-mismatch, property currentVersion)",
            content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "415", description = "Not application/merge-patch+json", content = @Content(mediaType = PROBLEM_JSON))
    @ApiResponse(responseCode = "422", description = "Unknown or server-owned members (unknown-fields), a product rule broken, or a category/brand that does not exist, was deleted or is deactivated (invalid-reference)",
            content = @Content(mediaType = PROBLEM_JSON))
    @PatchMapping(path = "/api/v1/products/{id}", consumes = MERGE_PATCH_JSON)
    ResponseEntity<WriteResponse> patch(
            @PathVariable UUID id,
            @RequestBody JsonNode mergePatch,
            @ExpectedVersion Long expectedVersion,
            Authentication caller) {
        if (!mergePatch.isObject()) {
            throw new IllegalArgumentException("A merge patch of product details is a JSON object.");
        }
        RequestFields.rejectUnknown(notEditable(mergePatch));
        ProductId productId = new ProductId(id.toString());
        return writes.change(productId.value(), new PatchProductDetailsCommand(productId, Callers.actorOf(caller),
                expectedVersion, mergePatch));
    }

    private static Map<String, Object> notEditable(JsonNode patch) {
        Map<String, Object> refused = new LinkedHashMap<>();
        patch.fieldNames().forEachRemaining(name -> {
            if (!RequestFields.EDITABLE_DETAILS.contains(name)) {
                refused.put(name, patch.get(name));
            }
        });
        return refused;
    }
}
