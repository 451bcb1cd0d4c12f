package com.catalog.command.product.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** POST /api/v1/imports and the job endpoints against the running app, its workers and its PostgreSQL. */
class ImportApiTest extends ImportApi {

    @Autowired
    ImportWorker worker;
    @Autowired
    MeterRegistry meters;

    @Test
    void an_upload_is_accepted_with_its_location_and_every_line_gets_its_outcome() throws Exception {
        String sku = freshSku();
        String otherSku = freshSku();
        String withoutPrices = line(freshSku()).replaceFirst("\"prices\":\\[[^]]*]", "\"prices\":[]");
        String unknownCategory = line(freshSku()).replaceFirst("\\{", "{\"categoryId\":\"no-such-category\",");
        String body = String.join("\n", line(sku), "", "{not json", withoutPrices, line(sku), unknownCategory,
                line(otherSku)) + "\n";

        HttpResponse<String> response = upload(owner(), body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String id = bodyOf(response).path("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue(IMPORTS + "/" + id);
        assertThat(bodyOf(response).path("total").asInt()).isEqualTo(6);
        JsonNode done = awaitEnd(UUID.fromString(id));
        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("done").asInt()).isEqualTo(6);
        assertThat(done.path("succeeded").asInt()).isEqualTo(2);
        assertThat(done.path("failed").asInt()).isEqualTo(4);
        assertThat(done.path("startedAt").asText()).isNotEmpty();
        assertThat(done.path("finishedAt").asText()).isNotEmpty();
        JsonNode failures = done.path("failures");
        assertThat(failures.findValuesAsText("line")).containsExactly("3", "4", "5", "6");
        assertThat(failures.findParents("line").stream().map(failure -> failure.path("status").asInt()))
                .containsExactly(400, 400, 409, 422);
        assertThat(failures.get(1).path("problem").path("errors").findValuesAsText("field")).contains("prices");
        assertThat(failures.get(2).path("problem").path("code").asText()).isEqualTo("sku-taken");
        assertThat(failures.get(3).path("problem").path("code").asText()).isEqualTo("invalid-reference");
        for (int createdLine : new int[] {1, 7}) {
            String productId = ImportLineProcessor.productIdOf(UUID.fromString(id), createdLine).value();
            assertThat(storedEventTypes(productId)).containsExactly("ProductCreatedEvent");
            assertThat(lastPayload(productId).path("sellerId").asText()).isEqualTo(seller);
        }
        assertThat(response.body() + done).doesNotContain("Exception", "com.catalog", "SQL");
        assertThat(meters.get("catalog.imports.lines").tag("outcome", "succeeded").counter().count()).isGreaterThanOrEqualTo(2);
        assertThat(meters.get("catalog.imports.lines").tag("outcome", "failed").counter().count()).isGreaterThanOrEqualTo(4);
        assertThat(meters.get("catalog.imports.running").gauge().value()).isNotNegative();
    }

    @Test
    void a_line_with_unknown_members_inside_its_prices_fails_422_naming_each() throws Exception {
        String nested = line(freshSku()).replaceFirst("\"amount\":", "\"foo\":1,\"amount\":")
                .replaceFirst("\\{", "{\"sellerId\":\"someone\",");

        JsonNode done = awaitEnd(accepted(String.join("\n", line(freshSku()), nested)));

        assertThat(done.path("succeeded").asInt()).isEqualTo(1);
        JsonNode failure = done.path("failures").get(0);
        assertThat(failure.path("line").asInt()).isEqualTo(2);
        assertThat(failure.path("status").asInt()).isEqualTo(422);
        assertThat(failure.path("problem").path("code").asText()).isEqualTo("unknown-fields");
        assertThat(failure.path("problem").path("errors").findValuesAsText("field")).containsExactly("prices[0].foo", "sellerId");
    }

    @Test
    void the_status_shows_progress_line_by_line() {
        workers.stop();
        UUID job = accepted(String.join("\n", IntStream.range(0, 30).mapToObj(i -> line(freshSku())).toList()));

        JsonNode queued = status(job);
        assertThat(queued.path("status").asText()).isEqualTo("QUEUED");
        assertThat(queued.path("done").asInt()).isZero();
        assertThat(queued.has("linesPerSecond")).isFalse();

        assertThat(worker.workOnce()).isTrue();
        JsonNode running = status(job);
        assertThat(running.path("status").asText()).isEqualTo("RUNNING");
        assertThat(running.path("total").asInt()).isEqualTo(30);
        assertThat(running.path("done").asInt()).isEqualTo(20);
        assertThat(running.path("succeeded").asInt()).isEqualTo(20);
        assertThat(running.path("linesPerSecond").asDouble()).isPositive();

        while (worker.workOnce()) {
            // the last batch, then the step that finds nothing left and completes the job
        }
        assertThat(status(job).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(status(job).path("done").asInt()).isEqualTo(30);
    }

    @Test
    void failures_are_paged_by_line_number() throws Exception {
        String bad = line(freshSku()).replaceFirst("\"prices\":\\[[^]]*]", "\"prices\":[]");
        UUID job = accepted(String.join("\n", line(freshSku()), bad, bad, bad, bad, bad));
        awaitEnd(job);
        String failures = IMPORTS + "/" + job + "/failures";

        JsonNode first = bodyOf(send("GET", failures + "?limit=2", owner(), null, null, null));
        JsonNode second = bodyOf(send("GET", failures + "?limit=2&cursor=" + first.path("nextCursor").asText(), owner(), null, null, null));
        JsonNode last = bodyOf(send("GET", failures + "?limit=2&cursor=" + second.path("nextCursor").asText(), owner(), null, null, null));

        assertThat(first.path("items").findValuesAsText("line")).containsExactly("2", "3");
        assertThat(second.path("items").findValuesAsText("line")).containsExactly("4", "5");
        assertThat(last.path("items").findValuesAsText("line")).containsExactly("6");
        assertThat(last.path("nextCursor").isNull()).isTrue();
        assertThat(first.path("items").get(0).path("problem").path("errors").get(0).path("field").asText()).isEqualTo("prices");
        assertProblem(send("GET", failures + "?cursor=abc", owner(), null, null, null), 400, "invalid-request");
        assertThat(send("GET", failures + "?limit=0", owner(), null, null, null).statusCode()).isEqualTo(400);
    }

    @Test
    void only_sellers_and_admins_import_and_only_the_uploader_and_admins_see_a_job() throws Exception {
        String body = line(freshSku());
        UUID job = accepted(body);
        awaitEnd(job);
        String otherSeller = token("seller-" + UUID.randomUUID(), "SELLER");

        assertProblem(upload(null, body), 401, "unauthenticated");
        assertProblem(upload(token("buyer-" + seller, "BUYER"), body), 403, "forbidden");
        assertProblem(send("GET", IMPORTS + "/" + job, null, null, null, null), 401, "unauthenticated");
        assertProblem(send("GET", IMPORTS + "/" + job, otherSeller, null, null, null), 403, "not-import-owner");
        assertProblem(send("GET", IMPORTS + "/" + job + "/failures", otherSeller, null, null, null), 403, "not-import-owner");
        assertProblem(send("POST", IMPORTS + "/" + job + "/cancel", otherSeller, null, null, null), 403, "not-import-owner");
        assertThat(send("GET", IMPORTS + "/" + job, token("admin-" + seller, "ADMIN"), null, null, null).statusCode()).isEqualTo(200);
        assertProblem(send("GET", IMPORTS + "/" + UUID.randomUUID(), owner(), null, null, null), 404, "not-found");
        assertThat(bodyOf(send("GET", IMPORTS, otherSeller, null, null, null)).path("items")).isEmpty();
        assertThat(bodyOf(send("GET", IMPORTS, owner(), null, null, null)).path("items").findValuesAsText("id"))
                .containsExactly(job.toString());
    }

    @Test
    void uploads_beyond_the_limits_or_of_the_wrong_kind_are_refused_whole() {
        String tooLongLine = "{\"name\":\"" + "x".repeat(256 * 1024) + "\"}";
        byte[] notUtf8 = {'{', '}', '\n', (byte) 0xC3, (byte) 0x28, '\n'};

        assertProblem(upload(owner(), tooLongLine), 413, "import-too-large");
        JsonNode encoding = assertProblem(upload(owner(), HttpRequest.BodyPublishers.ofByteArray(notUtf8), null), 422, "invalid-import");
        assertThat(encoding.path("errors").findValuesAsText("field")).containsExactly("line 2");
        assertProblem(upload(owner(), "\n  \n"), 422, "invalid-import");
        assertProblem(send("POST", IMPORTS, owner(), null, "application/json", line(freshSku())), 415, "unsupported-media-type");
        assertThat(bodyOf(send("GET", IMPORTS, owner(), null, null, null)).path("items")).isEmpty();
    }

    @Test
    void a_retry_with_the_same_idempotency_key_gets_the_same_job() {
        String key = UUID.randomUUID().toString();
        String body = line(freshSku());

        HttpResponse<String> first = upload(owner(), HttpRequest.BodyPublishers.ofString(body), key);
        HttpResponse<String> retry = upload(owner(), HttpRequest.BodyPublishers.ofString(body), key);
        HttpResponse<String> otherBody = upload(owner(), HttpRequest.BodyPublishers.ofString(line(freshSku())), key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(202);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(bodyOf(retry).path("id")).isEqualTo(bodyOf(first).path("id"));
        assertProblem(otherBody, 422, "idempotency-key-reused");
        assertProblem(upload(owner(), HttpRequest.BodyPublishers.ofString(body), " "), 400, "invalid-idempotency-key");
        assertThat(bodyOf(send("GET", IMPORTS, owner(), null, null, null)).path("items")).hasSize(1);
    }

    @Test
    void a_canceled_job_imports_no_further_line() {
        workers.stop();
        UUID job = accepted(String.join("\n", List.of(line(freshSku()), line(freshSku()))));

        HttpResponse<String> canceled = send("POST", IMPORTS + "/" + job + "/cancel", owner(), null, null, null);

        assertThat(canceled.statusCode()).as(canceled.body()).isEqualTo(200);
        assertThat(bodyOf(canceled).path("status").asText()).isEqualTo("CANCELED");
        assertThat(worker.workOnce()).isFalse();
        assertThat(status(job).path("done").asInt()).isZero();
        assertProblem(send("POST", IMPORTS + "/" + job + "/cancel", owner(), null, null, null), 409, "import-ended");
    }

    @Test
    void the_import_endpoints_are_documented_with_examples() {
        JsonNode paths = bodyOf(send("GET", "/v3/api-docs", null, null, null, null)).path("paths");

        assertThat(paths.path(IMPORTS).path("post").path("requestBody").path("content").path("application/x-ndjson").toString())
                .contains("TRAIL-42");
        assertThat(paths.path(IMPORTS).path("post").path("responses").path("202").toString()).contains("QUEUED");
        assertThat(paths.path(IMPORTS).path("post").path("responses").has("413")).isTrue();
        assertThat(paths.path(IMPORTS + "/{id}").path("get").path("responses").path("200").toString()).contains("sku-taken");
        assertThat(paths.path(IMPORTS + "/{id}/failures").path("get").toString()).contains("nextCursor");
        assertThat(paths.has(IMPORTS + "/{id}/cancel")).isTrue();
    }
}
