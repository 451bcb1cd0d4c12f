package com.catalog.command.product.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductApi;
import com.catalog.command.product.ProductRequests;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Product API tests plus NDJSON uploads, job status polling and control over this app's import workers: the only test
 * context with workers (the test configuration turns them off elsewhere), so stopping them stops all.
 */
@TestPropertySource(properties = "catalog.imports.parallelism=2")
abstract class ImportApi extends ProductApi {

    static final String IMPORTS = "/api/v1/imports";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Autowired
    ImportWorkers workers;

    @AfterEach
    void workersRunAgain() {
        workers.start();
    }

    /** One product-create body on one line. */
    String line(String sku) {
        try {
            return json.readTree(ProductRequests.createJson("Imported shoe", sku, 1999, "EUR")).toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String freshSku() {
        return "IM-" + UUID.randomUUID().toString().substring(0, 13);
    }

    HttpResponse<String> upload(String token, String body) {
        return upload(token, HttpRequest.BodyPublishers.ofString(body), null);
    }

    HttpResponse<String> upload(String token, HttpRequest.BodyPublisher body, String idempotencyKey) {
        HttpRequest.Builder request = request(IMPORTS).POST(body).header("Content-Type", "application/x-ndjson");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return exchange(request);
    }

    /** Uploads and checks the 202: @return the job's id */
    UUID accepted(String body) {
        HttpResponse<String> response = upload(owner(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return UUID.fromString(bodyOf(response).path("id").asText());
    }

    JsonNode status(UUID job) {
        HttpResponse<String> response = send("GET", IMPORTS + "/" + job, owner(), null, null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return bodyOf(response);
    }

    JsonNode awaitEnd(UUID job) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = status(job);
            if (!ImportStatus.valueOf(status.path("status").asText()).active()) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job + " did not end within " + WAIT);
    }

    /** ProductCreatedEvents stored for this id (at most one, or a line ran twice). */
    long creationsOf(String productId) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%.ProductCreatedEvent'""")
                .param(productId).query(Long.class).single();
    }
}
