package com.catalog.command.category.activation;

import com.catalog.command.category.CategoryApi;
import com.catalog.command.web.AdminWriteProblems;
import com.catalog.command.web.AggregateWrites;
import com.catalog.command.web.IfMatch;
import com.catalog.command.web.WriteHeaders;
import com.catalog.command.web.WriteResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** REST adapter of deactivating and reactivating a category. */
@RestController
@Tag(name = CategoryApi.TAG)
class CategoryActivationController {

    private final AggregateWrites writes;

    CategoryActivationController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Deactivate a category (hidden from buyers, keeps its place in the tree)", description = "ADMIN only; no body. Already so: 200 with the unchanged version.")
    @WriteHeaders
    @AdminWriteProblems
    @PostMapping(CategoryApi.ITEM + "/deactivate")
    ResponseEntity<WriteResponse> deactivate(@PathVariable UUID id,
                                     @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                     Authentication caller) {
        return writes.adminChange(id, ifMatch, caller, CategoryApi.WHAT, DeactivateCategoryCommand::new);
    }

    @Operation(summary = "Reactivate a category", description = "ADMIN only; no body. Already so: 200 with the unchanged version.")
    @WriteHeaders
    @AdminWriteProblems
    @PostMapping(CategoryApi.ITEM + "/reactivate")
    ResponseEntity<WriteResponse> reactivate(@PathVariable UUID id,
                                     @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                     Authentication caller) {
        return writes.adminChange(id, ifMatch, caller, CategoryApi.WHAT, ReactivateCategoryCommand::new);
    }
}
