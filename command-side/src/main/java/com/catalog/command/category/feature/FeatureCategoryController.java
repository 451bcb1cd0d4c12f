package com.catalog.command.category.feature;

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

/** REST adapter of featuring and unfeaturing a category. */
@RestController
@Tag(name = CategoryApi.TAG)
class FeatureCategoryController {

    private final AggregateWrites writes;

    FeatureCategoryController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Feature a category", description = "ADMIN only; no body. Already so: 200 with the unchanged version.")
    @WriteHeaders
    @AdminWriteProblems
    @PostMapping(CategoryApi.ITEM + "/feature")
    ResponseEntity<WriteResponse> feature(@PathVariable UUID id,
                                     @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                     Authentication caller) {
        return writes.adminChange(id, ifMatch, caller, CategoryApi.WHAT, FeatureCategoryCommand::new);
    }

    @Operation(summary = "Stop featuring a category", description = "ADMIN only; no body. Already so: 200 with the unchanged version.")
    @WriteHeaders
    @AdminWriteProblems
    @PostMapping(CategoryApi.ITEM + "/unfeature")
    ResponseEntity<WriteResponse> unfeature(@PathVariable UUID id,
                                     @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                     Authentication caller) {
        return writes.adminChange(id, ifMatch, caller, CategoryApi.WHAT, UnfeatureCategoryCommand::new);
    }
}
