package com.catalog.command.brand.update;

import com.catalog.command.brand.BrandApi;
import com.catalog.command.brand.BrandFields;
import com.catalog.command.domain.Actor;
import com.catalog.command.web.AdminWriteProblems;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.Callers;
import com.catalog.command.web.IfMatch;
import com.catalog.command.web.WriteHeaders;
import com.catalog.command.web.WriteResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Update a brand: PUT replaces its details, PATCH merges (RFC 7386). */
@RestController
@Tag(name = BrandApi.TAG)
class UpdateBrandController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final AggregateWrites writes;

    UpdateBrandController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Replace a brand's details", description = "ADMIN only. name and slug required; absent "
            + "optional fields are cleared.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(value = BrandFields.EXAMPLE))))
    @WriteHeaders
    @AdminWriteProblems
    @PutMapping(BrandApi.ITEM)
    ResponseEntity<WriteResponse> replace(@PathVariable UUID id, @RequestBody JsonNode body,
                                          @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                          Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, BrandApi.WHAT);
        return send(id, actor, ifMatch, BrandFields.full(body));
    }

    @Operation(summary = "Change some of a brand's details (JSON Merge Patch)", description = "ADMIN only. Absent "
            + "fields stay; null clears description, logoUrl or websiteUrl.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MERGE_PATCH,
                    examples = @ExampleObject(value = "{\"websiteUrl\": \"https://acme.example.org\", \"logoUrl\": null}"))))
    @WriteHeaders
    @AdminWriteProblems
    @PatchMapping(path = BrandApi.ITEM, consumes = MERGE_PATCH)
    ResponseEntity<WriteResponse> patch(@PathVariable UUID id, @RequestBody JsonNode body,
                                        @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                        Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, BrandApi.WHAT);
        return send(id, actor, ifMatch, BrandFields.merge(body));
    }

    private ResponseEntity<WriteResponse> send(UUID id, Actor actor, String ifMatch, BrandFields.BrandPatch fields) {
        return writes.change(id.toString(), new UpdateBrandCommand(id.toString(), actor, IfMatch.expectedVersion(ifMatch),
                fields.name(), fields.slug(), fields.description(), fields.logoUrl(), fields.websiteUrl()));
    }
}
