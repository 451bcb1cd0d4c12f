package com.catalog.command.brand.delete;

import com.catalog.command.brand.BrandApi;
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

/** REST adapter of deleting a brand. */
@RestController
@Tag(name = BrandApi.TAG)
class DeleteBrandController {

    private final AggregateWrites writes;

    DeleteBrandController(AggregateWrites writes) {
        this.writes = writes;
    }

    @Operation(summary = "Delete a brand", description = "ADMIN only. Refused while active products use it "
            + "(409 brand-has-products), unless reassignTo names the brand they move to (the event carries it; the "
            + "product side reassigns them). Its name and slug are free again afterwards.")
    @WriteHeaders
    @AdminWriteProblems
    @DeleteMapping(BrandApi.ITEM)
    ResponseEntity<WriteResponse> delete(@PathVariable UUID id,
                                         @Parameter(description = "brand that takes over its products",
                                                 example = "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f")
                                         @RequestParam(name = "reassignTo", required = false) UUID reassignTo,
                                         @Parameter(example = "\"3\"") @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch,
                                         Authentication caller) {
        Actor actor = Callers.requireAdmin(caller, BrandApi.WHAT);
        return writes.change(id.toString(), new DeleteBrandCommand(id.toString(), actor, IfMatch.expectedVersion(ifMatch),
                reassignTo == null ? null : reassignTo.toString()));
    }
}
