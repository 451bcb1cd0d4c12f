package com.catalog.query.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.catalog.query.replay.ProjectionReplays;
import com.catalog.query.replay.ReplayStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@Tag(name = "Projections", description = "Admin view of the read models' event processors: position, lag, phase")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No or invalid bearer token",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Token lacks the role ADMIN",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class ProjectionsController {

    private static final String ONE_EXAMPLE = """
            {"name": "product-search", "phase": "RUNNING", "head": 1842, "position": 1840, "lag": 2,
             "totalSegments": 2, "replayable": true,
             "segments": [{"segment": 0, "mask": 1, "position": 1840, "replaying": false, "caughtUp": true, "error": false},
                          {"segment": 1, "mask": 1, "position": 1842, "replaying": false, "caughtUp": true, "error": false}]}""";
    private static final String LIST_EXAMPLE = """
            {"head": 1842, "projections": [
              {"name": "audit", "phase": "REPLAYING", "head": 1842, "position": 912, "lag": 930, "totalSegments": 2,
               "replayable": true, "segments": [
                 {"segment": 0, "mask": 1, "position": 912, "replaying": true, "caughtUp": false, "error": false},
                 {"segment": 1, "mask": 1, "position": 915, "replaying": true, "caughtUp": false, "error": false}]},
              {"name": "product-integration-publisher", "phase": "ERROR", "head": 1842, "position": 1790, "lag": 52,
               "totalSegments": 2, "replayable": false, "segments": [
                 {"segment": 0, "mask": 1, "position": 1790, "replaying": false, "caughtUp": true, "error": true},
                 {"segment": 1, "mask": 1, "position": 1842, "replaying": false, "caughtUp": true, "error": false}]}]}""";

    private static final String REPLAY_EXAMPLE = """
            {"phase": "REPLAYING", "eventsDone": 0, "eventsTotal": 0, "eventsPerSecond": 0.0,
             "startedAt": "2026-11-27T11:02:00Z", "instance": "4711@query-side-7c9f-2"}""";
    private static final String REFUSED_EXAMPLE = """
            {"type": "about:blank", "title": "Replay refused", "status": 409, "code": "replay-disallowed",
             "detail": "product-integration-publisher has side effects (@DisallowReplay, e.g. Kafka publishing) and is never replayed"}""";

    private final ProjectionStatuses statuses;
    private final ProjectionReplays replays;

    ProjectionsController(ProjectionStatuses statuses, ProjectionReplays replays) {
        this.statuses = statuses;
        this.replays = replays;
    }

    @GetMapping("/api/v1/admin/projections")
    @Operation(summary = "Every projection with its position, lag and phase",
            description = "One entry per streaming event processor of the instance that answers. Positions and lag "
                    + "cover the segments this instance holds; with several replicas, ask each (or read the "
                    + "catalog_processor_* metrics, which carry the instance). Requires ADMIN.")
    @ApiResponse(responseCode = "200", description = "The projections, sorted by name", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ProjectionsOverview.class),
            examples = @ExampleObject(name = "one replaying, one failing", value = LIST_EXAMPLE)))
    ProjectionsOverview projections() {
        AdminOnly.require();
        return statuses.all();
    }

    @GetMapping("/api/v1/admin/projections/{name}")
    @Operation(summary = "One projection with its position, lag and phase", description = "Requires ADMIN.")
    @ApiResponse(responseCode = "200", description = "The projection", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ProjectionStatus.class),
            examples = @ExampleObject(name = "running, two segments", value = ONE_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No projection of that name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ProjectionStatus projection(
            @Parameter(description = "Processor name", example = "product-search") @PathVariable String name) {
        AdminOnly.require();
        return statuses.one(name);
    }

    @PostMapping("/api/v1/admin/projections/{name}/replay")
    @Operation(summary = "Rebuild a projection from the event store into a fresh target, without downtime",
            description = "Starts a replay and answers at once: a new Elasticsearch index (product-search) or new "
                    + "PostgreSQL tables are filled while the old target keeps serving reads, verified against the "
                    + "event store (counts and checksum) and swapped in atomically; on a mismatch nothing is swapped "
                    + "and the phase is FAILED with the reason. Follow it at GET /api/v1/admin/projections/{name} "
                    + "(field replay), in the catalog_replay_* metrics and in the log. Requires ADMIN.")
    @ApiResponse(responseCode = "202", description = "Replay started; Location is the projection's status",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReplayStatus.class),
                    examples = @ExampleObject(name = "started", value = REPLAY_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No projection of that name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Never replayed (Kafka publishers: replay-disallowed), no known "
            + "read model (replay-unsupported), or a replay of it is running on some replica (replay-running)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "publisher", value = REFUSED_EXAMPLE)))
    ResponseEntity<ReplayStatus> replay(
            @Parameter(description = "Processor name", example = "product-search") @PathVariable String name) {
        AdminOnly.require();
        statuses.one(name);
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections/" + name))
                .body(replays.start(name));
    }

    @DeleteMapping("/api/v1/admin/projections/{name}/replay")
    @Operation(summary = "Cancel the running replay of a projection",
            description = "Asks the replay, on whichever replica runs it, to stop: within a second it drops its fresh "
                    + "target (index or tables) and the live processor goes on with the old one, which never stopped "
                    + "serving. The replay's phase becomes CANCELLED. Possible while it fills (REPLAYING) or catches up "
                    + "(CATCHING_UP); once it verifies or swaps it is too late. Requires ADMIN.")
    @ApiResponse(responseCode = "202", description = "Cancel requested; follow the phase at the projection's status",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReplayStatus.class)))
    @ApiResponse(responseCode = "404", description = "No projection of that name",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "No replay of it is filling or catching up (replay-not-running), "
            + "or it is never replayed (replay-disallowed)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ReplayStatus> cancelReplay(
            @Parameter(description = "Processor name", example = "product-search") @PathVariable String name) {
        AdminOnly.require();
        statuses.one(name);
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/projections/" + name))
                .body(replays.cancel(name));
    }
}
