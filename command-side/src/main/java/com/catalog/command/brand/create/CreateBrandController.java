package com.catalog.command.brand.create;

import com.catalog.command.brand.BrandApi;
import com.catalog.command.brand.BrandFields;
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
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of the create-brand use case, one at a time or in bulk. */
@RestController
@Tag(name = BrandApi.TAG)
class CreateBrandController {

    private final AggregateWrites writes;
    private final BulkWrites bulk;

    CreateBrandController(AggregateWrites writes, BulkWrites bulk) {
        this.writes = writes;
        this.bulk = bulk;
    }

    @Operation(summary = "Create a brand", description = "ADMIN only. Name unique whatever its case, slug unique; "
            + "logo and website are http(s) URLs of at most 2048 characters, never fetched.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = BrandFields.EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", description = "the brand's URI"),
            @Header(name = "ETag", description = "the aggregate version, quoted"),
            @Header(name = ApiHeaders.POSITION, description = "global position of the event: the consistency token")})
    @AdminWriteProblems
    @PostMapping(BrandApi.COLLECTION)
    ResponseEntity<WriteResponse> create(@RequestBody JsonNode body, Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, BrandApi.WHAT);
        PreparedCommand prepared = read(body, actor);
        return writes.create(BrandApi.COLLECTION, prepared.aggregateId(), prepared.command());
    }

    @Operation(summary = "Create up to 1,000 brands", description = "ADMIN only. Each item runs on its own; the "
            + "answer lists each item's status and id or problem.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "application/json", examples = @ExampleObject(value = "[" + BrandFields.EXAMPLE
                    + ", {\"name\": \"Globex\", \"slug\": \"globex\"}]"))))
    @ApiResponse(responseCode = "200", description = "Every item was tried; see each item's status")
    @AdminWriteProblems
    @PostMapping(BrandApi.COLLECTION + "/bulk")
    BulkResponse createAll(@RequestBody JsonNode body, Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, BrandApi.WHAT);
        return bulk.createEach(body, item -> read(item, actor));
    }

    private static PreparedCommand read(JsonNode body, Actor actor) {
        BrandFields.BrandPatch fields = BrandFields.full(body);
        String id = UUID.randomUUID().toString();
        return new PreparedCommand(id, new CreateBrandCommand(id, actor, fields.name().value(), fields.slug().value(),
                fields.description().value(), fields.logoUrl().value(), fields.websiteUrl().value()));
    }
}
