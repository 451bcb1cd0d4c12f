package com.catalog.command.product.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.bulk.ProductBulkItems;
import com.catalog.command.product.references.JdbcCatalogReferences;
import com.catalog.command.web.ItemProblems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * The FAILED path against the real PostgreSQL: a line whose transaction fails on the server side (not a refusal) is
 * tried {@code max-attempts} times, then the job ends FAILED with its reason, and the lines after it are never
 * imported. The failure is genuine: a trigger this test puts on the event store refuses the append of one line's
 * publication, so PostgreSQL aborts that line's work inside its transaction; that the line's create is gone too shows
 * that create and publish of an import line are all or nothing.
 */
class ImportFailedJobApiTest extends ImportApi {

    private static final int MAX_ATTEMPTS = 3;

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcCatalogReferences references;
    @Autowired
    ProductBulkItems items;
    @Autowired
    ItemProblems problems;
    @Autowired
    ImportLines lines;
    @Autowired
    ImportJobs jobs;
    @Autowired
    ImportMetrics metrics;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    PlatformTransactionManager transactions;

    /** A worker of this app's beans that takes one line at a time and retries without waiting, so each try is a step. */
    private ImportWorker oneLineAtATime() {
        ImportProperties properties = new ImportProperties(10, DataSize.ofMegabytes(1), DataSize.ofKilobytes(64), 1, 1, 1,
                Duration.ofMinutes(2), Duration.ofSeconds(1), MAX_ATTEMPTS, Duration.ZERO);
        ImportLineProcessor processor = new ImportLineProcessor(commands, references, items, problems, lines, jobs, metrics,
                properties, objectMapper, transactions);
        return new ImportWorker(jobs, lines, processor, properties);
    }

    /** A trigger that makes PostgreSQL refuse the append of this product's publication: @return its name */
    private String refusePublicationOf(UUID job, String productId) {
        String trigger = "import_test_fail_" + job.toString().replace('-', '_');
        jdbc.sql("""
                CREATE FUNCTION event_store.%1$s() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW.aggregate_identifier = '%2$s' AND NEW.payload_type LIKE '%%.ProductPublishedEvent' THEN
                    RAISE EXCEPTION 'the event store refuses this append (test trigger)';
                  END IF;
                  RETURN NEW;
                END $$""".formatted(trigger, productId)).update();
        jdbc.sql("CREATE TRIGGER %1$s BEFORE INSERT ON event_store.domain_event_entry FOR EACH ROW EXECUTE FUNCTION event_store.%1$s()"
                .formatted(trigger)).update();
        return trigger;
    }

    private void drop(String trigger) {
        jdbc.sql("DROP TRIGGER %1$s ON event_store.domain_event_entry".formatted(trigger)).update();
        jdbc.sql("DROP FUNCTION event_store.%1$s()".formatted(trigger)).update();
    }

    private UUID uploadWithPublish(int lines) {
        HttpResponse<String> uploaded = exchange(request(IMPORTS + "?publish=true")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n",
                        IntStream.range(0, lines).mapToObj(i -> line(freshSku())).toList())))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + owner()));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(202);
        return UUID.fromString(bodyOf(uploaded).path("id").asText());
    }

    /**
     * The app's own workers, 20 lines a transaction: the failing append rolls the whole transaction back (Axon does),
     * so line 1, created in it before line 2, is handed back and created again by a later transaction, exactly once.
     */
    @Test
    void a_failing_line_in_a_batch_costs_the_others_nothing_and_fails_the_job_after_its_tries() throws Exception {
        workers.stop();
        UUID job = uploadWithPublish(6);
        String failing = ImportLineProcessor.productIdOf(job, 2).value();
        String trigger = refusePublicationOf(job, failing);
        JsonNode failed;
        try {
            workers.start();
            failed = awaitEnd(job);
        } finally {
            drop(trigger);
        }

        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("error").asText()).contains("Line 2 failed unexpectedly 3 times");
        assertThat(failed.path("succeeded").asInt()).isEqualTo(5);
        assertThat(creationsOf(failing)).isZero();
        for (int line : new int[] {1, 3, 4, 5, 6}) {
            assertThat(storedEventTypes(ImportLineProcessor.productIdOf(job, line).value())).as("line %d", line)
                    .containsExactly("ProductCreatedEvent", "ProductPublishedEvent");
        }
    }

    @Test
    void a_line_that_fails_on_the_server_every_time_fails_the_job_and_no_later_line_is_imported() throws Exception {
        workers.stop();
        UUID job = uploadWithPublish(5);
        String failing = ImportLineProcessor.productIdOf(job, 2).value();
        String trigger = refusePublicationOf(job, failing);
        try {
            ImportWorker worker = oneLineAtATime();

            assertThat(worker.workOnce()).isTrue(); // line 1: created and published
            assertThat(status(job).path("succeeded").asInt()).isEqualTo(1);
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                assertThat(status(job).path("status").asText()).as("before try %d", attempt).isEqualTo("RUNNING");
                assertThat(worker.workOnce()).isTrue(); // line 2, which fails on the server each time
                assertThat(creationsOf(failing)).as("try %d left no product", attempt).isZero();
            }
        } finally {
            drop(trigger);
        }

        JsonNode failed = status(job);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("error").asText()).contains("Line 2 failed unexpectedly 3 times");
        assertThat(failed.path("finishedAt").asText()).isNotEmpty();
        assertThat(failed.path("succeeded").asInt()).isEqualTo(1);
        assertThat(failed.path("failed").asInt()).isZero();
        assertThat(failed.path("done").asInt()).isEqualTo(1);
        assertThat(failed.toString()).doesNotContain("Exception", "SQL", "trigger");
        assertThat(jdbc.sql("SELECT attempts FROM event_store.import_line WHERE job_id = ? AND line_no = 2").param(job)
                .query(Integer.class).single()).isEqualTo(MAX_ATTEMPTS);
        // the job stopped: the workers (the app's too, restarted) take none of its pending lines
        assertThat(oneLineAtATime().workOnce()).isFalse();
        workers.start();
        Thread.sleep(2_000);
        assertThat(status(job).path("done").asInt()).isEqualTo(1);
        assertThat(storedEventTypes(ImportLineProcessor.productIdOf(job, 1).value()))
                .containsExactly("ProductCreatedEvent", "ProductPublishedEvent");
        for (int line = 2; line <= 5; line++) {
            assertThat(storedEventTypes(ImportLineProcessor.productIdOf(job, line).value())).as("line %d", line).isEmpty();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.import_line WHERE job_id = ? AND state = 'PENDING'").param(job)
                .query(Long.class).single()).isEqualTo(4);
    }
}
