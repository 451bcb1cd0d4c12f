package com.catalog.query.integration.catchup;

import com.catalog.query.integration.IntegrationReadProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Integration", description = "For downstream services: the public integration events")
class IntegrationEventsController {

    static final int MAX_LIMIT = 1000;
    static final String TOPICS = "catalog\\.(product|category|brand)\\.v1";

    private final IntegrationEventCatchUp catchUp;

    IntegrationEventsController(IntegrationEventCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @GetMapping("/api/v1/integration/events")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Catch up on the public integration events from the event store",
            description = "For a subscriber that fell behind Kafka's retention: the same public events as on the Kafka "
                    + "topics (products, categories, brands; `topic` narrows to one) with the same ce_id, type, subject, "
                    + "sequence and body, read from the event store in global order "
                    + "after the given position. Internal events without a public counterpart are skipped but still "
                    + "advance `next`. Continue with `after=next` until `next >= head`, then resume Kafka and "
                    + "de-duplicate by ce_id / ce_sequence. Requires the role ADMIN or INTEGRATION.")
    @ApiResponse(responseCode = "200", description = "A page of events (possibly empty)")
    @ApiResponse(responseCode = "400", description = "`after` negative or not a number, `limit` outside 1..1000, "
            + "`topic` not one of the integration topics",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @IntegrationReadProblems
    IntegrationEventPage events(
            @Parameter(description = "Return events after this global position (exclusive); 0 = from the beginning")
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @Parameter(description = "How many event-store events to examine at most (1..1000); skipped internal "
                    + "events count too, so a page may hold fewer items")
            @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_LIMIT) int limit,
            @Parameter(description = "Only events of this topic: catalog.product.v1, catalog.category.v1 or "
                    + "catalog.brand.v1; all when absent. Events of other topics are skipped but still advance `next`")
            @RequestParam(required = false) @Pattern(regexp = TOPICS) String topic) {
        return catchUp.page(after, limit, topic);
    }
}
