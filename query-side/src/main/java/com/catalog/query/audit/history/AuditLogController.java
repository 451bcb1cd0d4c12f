package com.catalog.query.audit.history;

import com.catalog.query.consistency.MinPosition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@Tag(name = "Audit", description = "Who changed what, when: one entry per event, with a field-level diff")
class AuditLogController {

    private final AuditHistory history;

    AuditLogController(AuditHistory history) {
        this.history = history;
    }

    @GetMapping("/api/v1/admin/audit")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Search the audit log", description = "Every event of every aggregate, newest first, "
            + "filtered by any combination of actor, aggregate, event type and time range; keyset-paged with `cursor`. "
            + "Entries of private aggregates (users) name the changed fields but never their values. Requires ADMIN.")
    @ApiResponse(responseCode = "200", description = "A page of entries (possibly empty)")
    @ApiResponse(responseCode = "400", description = "Malformed filter, time range (`from` not before `to`), cursor or limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Token lacks the role ADMIN",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Audit log behind the requested position (Retry-After: 1)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    AuditPage search(
            @Parameter(description = "Actor id (JWT subject)") @RequestParam(required = false) @Size(min = 1, max = 255) String actor,
            @Parameter(description = "Aggregate type, e.g. Product", example = "Product")
            @RequestParam(required = false) @Size(max = 255) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]*") String aggregateType,
            @Parameter(description = "Aggregate id") @RequestParam(required = false) @Size(min = 1, max = 255) String aggregateId,
            @Parameter(description = "Event type: simple or fully qualified name", example = "ProductPriceChangedEvent")
            @RequestParam(required = false) @Size(max = 500) @Pattern(regexp = "[A-Za-z0-9_.$]+") String eventType,
            @Parameter(description = "Events at or after this time (ISO-8601)", example = "2026-11-27T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "Events before this time (ISO-8601)", example = "2026-11-28T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @Parameter(description = "`next` of the previous page") @RequestParam(required = false) @Size(max = 64) String cursor,
            @Parameter(description = "Page size (1..500)") @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @Parameter(in = ParameterIn.HEADER, description = "Wait until this event-store position is audited")
            @RequestHeader(name = MinPosition.HEADER, required = false) Long minPositionHeader,
            @Parameter(description = "Same as the " + MinPosition.HEADER + " header")
            @RequestParam(name = MinPosition.PARAMETER, required = false) Long minPosition) {
        Caller.requireAdmin();
        AuditQuery query = new AuditQuery(actor, aggregateType, aggregateId, eventType, from, to,
                AuditCursor.decode(cursor), limit);
        return history.search(query, MinPosition.of(minPositionHeader, minPosition));
    }
}
