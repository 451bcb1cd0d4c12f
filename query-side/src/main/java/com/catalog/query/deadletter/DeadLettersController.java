package com.catalog.query.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin API of the projections' dead-letter queues (role ADMIN, enforced by the security configuration). */
@RestController
@Tag(name = "Dead letters", description = "Events a projection could not handle, parked per processing group")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No or invalid bearer token",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Token lacks the role ADMIN",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class DeadLettersController {

    private static final String LIST_EXAMPLE = """
            [{"processingGroup": "product-details", "count": 2, "letters": [
               {"eventId": "5b0f7c1e-9a41-4f7e-8d7e-2f3c1a9b8e21", "eventType": "ProductDetailsChangedEvent",
                "aggregateType": "Product", "aggregateId": "0b7e5a1c-2f4d-4e8a-9c3b-5d6e7f8a9b0c", "sequenceNumber": 7,
                "errorType": "java.lang.IllegalArgumentException", "error": "Invalid UUID string: x", "attempts": 1,
                "enqueuedAt": "2026-03-01T12:00:00Z", "lastTouched": "2026-03-01T12:00:00Z"},
               {"eventId": "c2d4...", "eventType": "ProductPublishedEvent", "aggregateType": "Product",
                "aggregateId": "0b7e5a1c-2f4d-4e8a-9c3b-5d6e7f8a9b0c", "sequenceNumber": 8, "attempts": 1,
                "enqueuedAt": "2026-03-01T12:00:05Z", "lastTouched": "2026-03-01T12:00:05Z"}]},
             {"processingGroup": "product-search", "count": 0, "letters": []}]""";

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/v1/admin/dead-letters")
    @Operation(summary = "Every projection's dead letters", description = "Per processing group: the exact count and "
            + "the oldest letters (catalog.dead-letters.list-limit, 100 by default) in queue order. A letter without "
            + "an error queued behind an earlier letter of the same aggregate, to keep that aggregate's order. The "
            + "Kafka publishers have no queue: they never skip an event.")
    @ApiResponse(responseCode = "200", description = "The groups, sorted by name", content = @Content(
            examples = @ExampleObject(value = LIST_EXAMPLE)))
    List<DeadLetterGroup> list() {
        return deadLetters.list();
    }

    @PostMapping("/api/v1/admin/dead-letters/{processingGroup}/retry")
    @Operation(summary = "Retry a projection's dead letters after a fix", description = "Hands every queued "
            + "aggregate sequence of the group to its handlers again, oldest first, each letter in order; what succeeds "
            + "leaves the queue, what fails again stays with one more attempt. Synchronous.")
    @ApiResponse(responseCode = "200", description = "Letters before and after the retry", content = @Content(
            examples = @ExampleObject(value = """
                    {"processingGroup": "product-details", "lettersBefore": 2, "lettersAfter": 0}""")))
    @ApiResponse(responseCode = "404", description = "No processing group of this name keeps dead letters "
            + "(code unknown-processing-group)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "An engine is unavailable; letters kept (code retry-later, Retry-After)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    DeadLetterGroup.RetryOutcome retry(
            @Parameter(example = "product-details") @PathVariable String processingGroup) {
        return deadLetters.retry(processingGroup);
    }
}
