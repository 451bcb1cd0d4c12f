package com.catalog.command.product.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Progress, failures and cancelation of import jobs, for their uploader and admins. */
@RestController
class ImportJobsController {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final int FAILURES_IN_STATUS = 10;
    private static final int NEWEST_JOBS = 50;
    private static final String STATUS_EXAMPLE = """
            {"id": "5f0c2a8e-3b7d-4c1e-9f6a-2d8b4e0c7a13", "publish": false, "status": "RUNNING", "total": 100000, "done": 41230,
             "succeeded": 41228, "failed": 2, "linesPerSecond": 212.4, "createdAt": "2026-11-27T10:15:30Z",
             "startedAt": "2026-11-27T10:15:31Z",
             "failures": [{"line": 17, "status": 409, "problem": {"type": "https://catalog.dev/problems/sku-taken",
               "title": "Conflict", "status": 409, "detail": "SKU TRAIL-42 is already used by another product.",
               "code": "sku-taken"}},
              {"line": 2045, "status": 400, "problem": {"type": "https://catalog.dev/problems/invalid-request",
               "title": "Bad Request", "status": 400, "detail": "The request has invalid fields.",
               "code": "invalid-request", "errors": [{"field": "prices", "message": "must not be empty"}]}}],
             "failuresUrl": "/api/v1/imports/5f0c2a8e-3b7d-4c1e-9f6a-2d8b4e0c7a13/failures"}""";
    private static final String FAILURES_EXAMPLE = """
            {"items": [{"line": 17, "status": 422, "problem": {"type": "https://catalog.dev/problems/invalid-reference",
              "title": "Unprocessable Entity", "status": 422, "detail": "Category running-shoes does not exist.",
              "code": "invalid-reference"}}], "nextCursor": "17"}""";

    private final ImportAccess access;
    private final ImportJobs jobs;
    private final ImportLines lines;
    private final ImportProblems problems;

    ImportJobsController(ImportAccess access, ImportJobs jobs, ImportLines lines, ImportProblems problems) {
        this.access = access;
        this.jobs = jobs;
        this.lines = lines;
        this.problems = problems;
    }

    @Operation(summary = "An import job's progress", description = "The uploader or an admin. Counts, rate, times and "
            + "the first failures by line number; all failures at failuresUrl.")
    @ApiResponse(responseCode = "200", description = "The job", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ImportJobView.class), examples = @ExampleObject(value = STATUS_EXAMPLE)))
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token (code unauthenticated)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Another seller's job (code not-import-owner)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such job (code not-found)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(ImportJobView.COLLECTION + "/{id}")
    ImportJobView status(@PathVariable UUID id, @Parameter(hidden = true) Authentication caller) {
        ImportJob job = access.readable(id, caller);
        return ImportJobView.of(job, lines.counts(id), lines.failures(id, 0, FAILURES_IN_STATUS));
    }

    @Operation(summary = "An import job's failures", description = "The uploader or an admin. Failed lines by line "
            + "number, each with the status and RFC 9457 problem POST /api/v1/products would have answered.")
    @ApiResponse(responseCode = "200", description = "One page", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ImportFailuresPage.class), examples = @ExampleObject(value = FAILURES_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A cursor this endpoint did not answer, or limit outside 1-500 "
            + "(code invalid-request)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Another seller's job (code not-import-owner)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such job (code not-found)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(ImportJobView.COLLECTION + "/{id}/failures")
    ImportFailuresPage failures(@PathVariable UUID id,
                                @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor,
                                @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
                                @Parameter(hidden = true) Authentication caller) {
        access.readable(id, caller);
        List<ImportFailure> page = lines.failures(id, afterLine(cursor), limit);
        String next = page.size() < limit ? null : Integer.toString(page.get(page.size() - 1).line());
        return new ImportFailuresPage(page, next);
    }

    @Operation(summary = "The caller's import jobs", description = "The caller's newest 50 jobs, newest first, without "
            + "their failures.")
    @ApiResponse(responseCode = "200", description = "The jobs")
    @ApiResponse(responseCode = "401", description = "No or invalid bearer token (code unauthenticated)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(ImportJobView.COLLECTION)
    ImportJobsList mine(@Parameter(hidden = true) Authentication caller) {
        return new ImportJobsList(jobs.ofOwner(caller.getName(), NEWEST_JOBS).stream()
                .map(job -> ImportJobView.of(job, lines.counts(job.id()), null)).toList());
    }

    @Operation(summary = "Cancel an import job", description = "The uploader or an admin. Lines not yet started are "
            + "not imported; lines being created finish; products already created stay.")
    @ApiResponse(responseCode = "200", description = "Canceled", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ImportJobView.class)))
    @ApiResponse(responseCode = "403", description = "Another seller's job (code not-import-owner)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such job (code not-found)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The job has already ended (code import-ended)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(ImportJobView.COLLECTION + "/{id}/cancel")
    ImportJobView cancel(@PathVariable UUID id, @Parameter(hidden = true) Authentication caller) {
        access.readable(id, caller);
        if (!jobs.cancel(id)) {
            throw problems.ended(jobs.find(id).orElseThrow().status());
        }
        return status(id, caller);
    }

    private int afterLine(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            int line = Integer.parseInt(cursor);
            if (line >= 0) {
                return line;
            }
        } catch (NumberFormatException invalid) {
            // answered below
        }
        throw problems.invalidCursor();
    }
}
