package com.catalog.command.category.move;

import com.catalog.command.category.CategoryApi;
import com.catalog.command.domain.Actor;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of the move use case; the tree rules are checked where the command is handled. */
@RestController
@Tag(name = CategoryApi.TAG)
class MoveCategoryController {

    private final AggregateWrites writes;

    MoveCategoryController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Move a category (with its subtree) under another parent", description = "ADMIN only. "
            + "parentId null makes it a root. Refused with 422 when it would create a cycle (category-cycle) or a "
            + "tree deeper than 8 levels (category-too-deep).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(value = "{\"parentId\": \"6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f\"}"))))
    @WriteHeaders
    @AdminWriteProblems
    @PostMapping(CategoryApi.ITEM + "/move")
    ResponseEntity<WriteResponse> move(@PathVariable UUID id, @RequestBody JsonNode body,
                                       @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                       Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, CategoryApi.WHAT);
        JsonFields fields = JsonFields.of(body, List.of("parentId"));
        fields.requirePresent("parentId");
        String parentId = fields.optionalUuid("parentId");
        fields.validate();
        return writes.change(id.toString(), new MoveCategoryCommand(id.toString(), actor, IfMatch.expectedVersion(ifMatch),
                parentId == null ? null : parentId.toLowerCase()));
    }
}
