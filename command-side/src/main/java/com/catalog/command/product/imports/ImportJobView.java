package com.catalog.command.product.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the import API answers about a job.
 *
 * @param id             the job's id
 * @param publish        whether each line's product is published as it is created ({@code ?publish=true})
 * @param status         QUEUED, RUNNING, COMPLETED, FAILED or CANCELED
 * @param total          lines in the upload (blank lines not counted)
 * @param done           lines finished, succeeded + failed
 * @param succeeded      lines whose product was created
 * @param failed         lines refused (see failures)
 * @param linesPerSecond done lines per second since the job started, until it ended or now
 * @param createdAt      when the upload was accepted
 * @param startedAt      when a worker took the job
 * @param finishedAt     when it ended
 * @param error          why a FAILED job stopped
 * @param failures       the first failures by line number (status endpoint only); the rest at failuresUrl
 * @param failuresUrl    where all failures are, paged
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportJobView(String id, boolean publish, ImportStatus status, int total, int done, int succeeded, int failed,
                            Double linesPerSecond, Instant createdAt, Instant startedAt, Instant finishedAt,
                            String error, List<ImportFailure> failures, String failuresUrl) {

    static final String COLLECTION = "/api/v1/imports";

    static ImportJobView of(ImportJob job, LineCounts counts, List<ImportFailure> failures) {
        return new ImportJobView(job.id().toString(), job.publish(), job.status(), job.total(), counts.done(), counts.succeeded(),
                counts.failed(), rate(job, counts), job.createdAt(), job.startedAt(), job.finishedAt(), job.error(),
                failures, location(job) + "/failures");
    }

    static String location(ImportJob job) {
        return COLLECTION + "/" + job.id();
    }

    private static Double rate(ImportJob job, LineCounts counts) {
        if (job.startedAt() == null) {
            return null;
        }
        Instant end = job.finishedAt() != null ? job.finishedAt() : Instant.now();
        long millis = Duration.between(job.startedAt(), end).toMillis();
        return millis <= 0 ? null : Math.round(counts.done() * 10_000.0 / millis) / 10.0;
    }
}
