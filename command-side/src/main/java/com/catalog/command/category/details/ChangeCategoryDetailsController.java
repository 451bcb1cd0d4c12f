package com.catalog.command.category.details;

import com.catalog.command.category.CategoryApi;
import com.catalog.command.category.CategoryLimits;
import com.catalog.command.domain.Actor;
import com.catalog.command.domain.Patch;
import com.catalog.command.domain.Slugs;
import com.catalog.command.web.AdminWriteProblems;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.Callers;
import com.catalog.command.web.IfMatch;
import com.catalog.command.web.JsonFields;
import com.catalog.command.web.WriteHeaders;
import com.catalog.command.web.WriteResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Rename or re-describe a category: PUT replaces the editable details, PATCH merges (RFC 7386). */
@RestController
@Tag(name = CategoryApi.TAG)
class ChangeCategoryDetailsController {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final List<String> FIELDS = List.of("name", "slug", "description");

    private final AggregateWrites writes;

    ChangeCategoryDetailsController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Replace a category's details", description = "ADMIN only. name and slug required; an "
            + "absent description clears it. Parent, order, featured and active have their own sub-resources.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(value = "{\"name\": \"Trail shoes\", \"slug\": \"trail-shoes\", \"description\": \"Off-road\"}"))))
    @WriteHeaders
    @AdminWriteProblems
    @PutMapping(CategoryApi.ITEM)
    ResponseEntity<WriteResponse> replace(@PathVariable UUID id, @RequestBody JsonNode body,
                                          @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                          Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, CategoryApi.WHAT);
        JsonFields fields = JsonFields.of(body, FIELDS);
        String name = fields.requiredText("name", CategoryLimits.NAME_MAX_LENGTH, null, null);
        String slug = fields.requiredText("slug", Slugs.MAX_LENGTH, Slugs::isValid, Slugs.RULE);
        String description = fields.optionalText("description", CategoryLimits.DESCRIPTION_MAX_LENGTH, null, null);
        fields.validate();
        return writes.change(id.toString(), new ChangeCategoryDetailsCommand(id.toString(), actor,
                IfMatch.expectedVersion(ifMatch), Patch.of(name), Patch.of(slug), Patch.of(description)));
    }

    @Operation(summary = "Change some of a category's details (JSON Merge Patch)", description = "ADMIN only. "
            + "Absent fields stay; null clears the description (name and slug cannot be cleared).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MERGE_PATCH,
                    examples = @ExampleObject(value = "{\"name\": \"Trail running shoes\"}"))))
    @WriteHeaders
    @AdminWriteProblems
    @PatchMapping(path = CategoryApi.ITEM, consumes = MERGE_PATCH)
    ResponseEntity<WriteResponse> patch(@PathVariable UUID id, @RequestBody JsonNode body,
                                        @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                        Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, CategoryApi.WHAT);
        JsonFields fields = JsonFields.of(body, FIELDS);
        Patch<String> name = fields.patchText("name", CategoryLimits.NAME_MAX_LENGTH, false, null, null);
        Patch<String> slug = fields.patchText("slug", Slugs.MAX_LENGTH, false, Slugs::isValid, Slugs.RULE);
        Patch<String> description = fields.patchText("description", CategoryLimits.DESCRIPTION_MAX_LENGTH, true, null, null);
        fields.validate();
        return writes.change(id.toString(), new ChangeCategoryDetailsCommand(id.toString(), actor,
                IfMatch.expectedVersion(ifMatch), name, slug, description));
    }
}
