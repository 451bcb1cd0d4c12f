package com.catalog.command.category.reorder;

import com.catalog.command.category.CategoryApi;
import com.catalog.command.category.CategoryLimits;
import com.catalog.command.domain.Actor;
import com.catalog.command.web.AdminWriteProblems;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.Callers;
import com.catalog.command.web.FieldError;
import com.catalog.command.web.IfMatch;
import com.catalog.command.web.InvalidFieldsException;
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

/** REST adapter of the reorder use case. */
@RestController
@Tag(name = CategoryApi.TAG)
class ReorderCategoryController {

    private final AggregateWrites writes;

    ReorderCategoryController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Set a category's position among its siblings", description = "ADMIN only. Lower sortOrder "
            + "comes first; ties are ordered by name.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
                    examples = @ExampleObject(value = "{\"sortOrder\": 20}"))))
    @WriteHeaders
    @AdminWriteProblems
    @PostMapping(CategoryApi.ITEM + "/reorder")
    ResponseEntity<WriteResponse> reorder(@PathVariable UUID id, @RequestBody JsonNode body,
                                          @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                          Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, CategoryApi.WHAT);
        JsonFields fields = JsonFields.of(body, List.of("sortOrder"));
        Integer sortOrder = fields.optionalInt("sortOrder", 0, CategoryLimits.SORT_ORDER_MAX);
        fields.validate();
        if (sortOrder == null) {
            throw new InvalidFieldsException(List.of(new FieldError("sortOrder", "is required")));
        }
        return writes.change(id.toString(), new ReorderCategoryCommand(id.toString(), actor, IfMatch.expectedVersion(ifMatch), sortOrder));
    }
}
