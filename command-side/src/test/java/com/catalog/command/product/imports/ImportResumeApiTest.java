package com.catalog.command.product.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job outlives the worker that ran it: a replica that died holding leased lines, or died inside a line's
 * transaction, leaves no product behind twice; other workers (this app's, and a second "replica" made of the same
 * beans) finish the job, each line exactly once.
 */
class ImportResumeApiTest extends ImportApi {

    private static final int LINES = 60;

    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportLines lines;
    @Autowired
    ImportLineProcessor processor;
    @Autowired
    ImportProperties properties;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_job_left_by_a_dead_worker_is_finished_by_others_without_a_duplicate() throws Exception {
        workers.stop();
        UUID job = accepted(String.join("\n", IntStream.range(0, LINES).mapToObj(i -> line(freshSku())).toList()));
        jobs.startQueued();
        ImportJob running = jobs.find(job).orElseThrow();
        // the dead replica: it leased the first lines and ran line 1 inside its transaction, then its connection went
        List<ClaimedLine> abandoned = lines.claim(job, 10, properties.lease());
        crashInside(running, abandoned.get(0));
        assertThat(creationsOf(productOf(job, 1))).isZero();
        // its lease runs out
        jdbc.sql("UPDATE event_store.import_line SET lease_until = now() - interval '1 second' WHERE job_id = ? AND lease_until IS NOT NULL")
                .param(job).update();

        workers.start();
        ExecutorService secondReplica = Executors.newFixedThreadPool(2);
        ImportWorker otherWorker = new ImportWorker(jobs, lines, processor, properties);
        List<Future<?>> loops = IntStream.range(0, 2).<Future<?>>mapToObj(i -> secondReplica.submit(() -> {
            while (jobs.find(job).orElseThrow().status() == ImportStatus.RUNNING) {
                otherWorker.workOnce();
            }
        })).toList();
        JsonNode done = awaitEnd(job);
        for (Future<?> loop : loops) {
            loop.get();
        }
        secondReplica.shutdown();

        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("succeeded").asInt()).isEqualTo(LINES);
        for (int line = 1; line <= LINES; line++) {
            assertThat(creationsOf(productOf(job, line))).as("line %d", line).isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT max(attempts) FROM event_store.import_line WHERE job_id = ?").param(job)
                .query(Integer.class).single()).as("the abandoned lines were claimed again").isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_stale_worker_that_runs_a_finished_line_again_creates_nothing() throws Exception {
        UUID job = accepted(line(freshSku()));
        awaitEnd(job);
        ImportJob finished = jobs.find(job).orElseThrow();

        processor.process(finished, new ClaimedLine(job, 1, line(freshSku()), 1));

        assertThat(creationsOf(productOf(job, 1))).isEqualTo(1);
        assertThat(status(job).path("succeeded").asInt()).isEqualTo(1);
        assertThat(status(job).path("failed").asInt()).isZero();
    }

    /** Runs the line in a transaction that then dies, as a worker's does when its process or connection is lost. */
    private void crashInside(ImportJob job, ClaimedLine line) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try {
            transaction.executeWithoutResult(status -> {
                processor.process(job, line);
                assertThat(jdbc.sql("SELECT state FROM event_store.import_line WHERE job_id = ? AND line_no = ?")
                        .params(job.id(), line.lineNo()).query(String.class).single()).isEqualTo("SUCCEEDED");
                throw new IllegalStateException("the worker died");
            });
        } catch (IllegalStateException died) {
            assertThat(died).hasMessage("the worker died");
        }
    }

    private static String productOf(UUID job, int line) {
        return ImportLineProcessor.productIdOf(job, line).value();
    }
}
