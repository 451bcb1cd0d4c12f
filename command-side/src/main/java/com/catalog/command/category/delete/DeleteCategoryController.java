package com.catalog.command.category.delete;

import com.catalog.command.category.CategoryApi;
import com.catalog.command.domain.Actor;
import com.catalog.command.web.AdminWriteProblems;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.Callers;
import com.catalog.command.web.IfMatch;
import com.catalog.command.web.WriteHeaders;
import com.catalog.command.web.WriteResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of deleting a category. */
@RestController
@Tag(name = CategoryApi.TAG)
class DeleteCategoryController {

    private final AggregateWrites writes;

    DeleteCategoryController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Delete a category", description = "ADMIN only. Refused while it has children "
            + "(409 category-has-children) or active products, unless reassignTo names the category they move to "
            + "(the event carries it; the product side reassigns them). Its slug is free again afterwards; the "
            + "answer carries the version and position of the deletion event.")
    @WriteHeaders
    @AdminWriteProblems
    @DeleteMapping(CategoryApi.ITEM)
    ResponseEntity<WriteResponse> delete(@PathVariable UUID id,
                                         @Parameter(description = "category that takes over its products",
                                                 example = "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f")
                                         @RequestParam(name = "reassignTo", required = false) UUID reassignTo,
                                         @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                         Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, CategoryApi.WHAT);
        return writes.change(id.toString(), new DeleteCategoryCommand(id.toString(), actor, IfMatch.expectedVersion(ifMatch),
                reassignTo == null ? null : reassignTo.toString()));
    }
}
