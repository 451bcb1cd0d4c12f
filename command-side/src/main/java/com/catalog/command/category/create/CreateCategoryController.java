package com.catalog.command.category.create;

import com.catalog.command.category.CategoryApi;
import com.catalog.command.domain.Actor;
import com.catalog.command.web.AdminWriteProblems;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.ApiHeaders;
import com.catalog.command.web.BulkResponse;
import com.catalog.command.web.BulkWrites;
import com.catalog.command.web.Callers;
import com.catalog.command.web.PreparedCommand;
import com.catalog.command.web.WriteResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of the create-category use case, one at a time or in bulk. */
@RestController
@Tag(name = CategoryApi.TAG)
class CreateCategoryController {

    private final AggregateWrites writes;
    private final BulkWrites bulk;

    CreateCategoryController(AggregateWrites writes, BulkWrites bulk) {
        this.writes = writes;
        this.bulk = bulk;
    }

    @Operation(summary = "Create a category", description = "ADMIN only. Slug unique across categories; a parent "
            + "makes it a subcategory (at most 8 levels).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = CreateCategoryRequest.EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", description = "the category's URI"),
            @Header(name = "ETag", description = "the aggregate version, quoted"),
            @Header(name = ApiHeaders.POSITION, description = "global position of the event: the consistency token")})
    @AdminWriteProblems
    @PostMapping(CategoryApi.COLLECTION)
    ResponseEntity<WriteResponse> create(@RequestBody JsonNode body, Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, CategoryApi.WHAT);
        PreparedCommand prepared = CreateCategoryRequest.read(body, actor);
        return writes.create(CategoryApi.COLLECTION, prepared.aggregateId(), prepared.command());
    }

    @Operation(summary = "Create up to 1,000 categories", description = "ADMIN only. Each item runs on its own, "
            + "in order (a parent created earlier in the list can be named by id only once known, so create parents "
            + "first); the answer lists each item's status and id or problem.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = "[" + CreateCategoryRequest.EXAMPLE
                    + ", {\"name\": \"Sandals\", \"slug\": \"sandals\"}]"))))
    @ApiResponse(responseCode = "200", description = "Every item was tried; see each item's status")
    @AdminWriteProblems
    @PostMapping(CategoryApi.COLLECTION + "/bulk")
    BulkResponse createAll(@RequestBody JsonNode body, Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, CategoryApi.WHAT);
        return bulk.createEach(body, item -> CreateCategoryRequest.read(item, actor));
    }
}
