package com.catalog.command.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

/** Idempotency-Key against the running app and its PostgreSQL event store. */
class IdempotencyKeyApiTest extends IdempotentApi {

    private static final String PRODUCTS = "/api/v1/products";

    @Autowired
    DataSource dataSource;

    @Test
    void a_retried_create_returns_the_first_answer_and_stores_one_creation() {
        String sku = freshSku();
        String key = freshKey();

        HttpResponse<String> first = post(PRODUCTS, owner(), key, productJson(sku));
        HttpResponse<String> retry = post(PRODUCTS, owner(), key, productJson(sku));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        for (String header : List.of("Location", "ETag", "X-Catalog-Position", "Content-Type")) {
            assertThat(retry.headers().firstValue(header)).as(header).isEqualTo(first.headers().firstValue(header)).isPresent();
        }
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(creationsOf(sku)).isEqualTo(1);
        assertThat(eventsOf(bodyOf(first).path("id").asText())).isEqualTo(1);
    }

    @Test
    void the_key_and_the_event_are_written_by_one_transaction() {
        String key = freshKey();
        String id = bodyOf(post(PRODUCTS, owner(), key, productJson(freshSku()))).path("id").asText();

        // xmin is the id of the transaction that wrote the row
        String keyWriter = jdbc.sql("""
                        SELECT xmin::text FROM event_store.idempotency_key WHERE caller_id = ? AND idempotency_key = ?""")
                .params(seller, key).query(String.class).single();
        String eventWriter = jdbc.sql("SELECT xmin::text FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(id).query(String.class).single();
        assertThat(keyWriter).isEqualTo(eventWriter);
    }

    @Test
    void a_retried_bulk_request_replays_its_outcomes_and_creates_nothing_more() {
        String key = freshKey();
        String sku = freshSku();
        String body = "[" + productJson(sku) + "," + productJson(freshSku()) + "]";

        HttpResponse<String> first = post(PRODUCTS + "/bulk", owner(), key, body);
        HttpResponse<String> retry = post(PRODUCTS + "/bulk", owner(), key, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(bodyOf(first).path("succeeded").asInt()).isEqualTo(2);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(creationsOf(sku)).isEqualTo(1);
    }

    @Test
    void a_duplicate_of_a_bulk_request_still_running_gets_409_at_once() {
        String key = freshKey();
        String body = "[" + productJson(freshSku()) + "]";
        byte[] fingerprint = RequestFingerprint.of(new MockHttpServletRequest("POST", PRODUCTS + "/bulk"),
                body.getBytes(StandardCharsets.UTF_8));
        // what a bulk request holds while its items run: a committed claim without an answer yet
        jdbc.sql("""
                        INSERT INTO event_store.idempotency_key (caller_id, idempotency_key, request_hash, state, expires_at)
                        VALUES (?, ?, ?, 'IN_FLIGHT', now() + interval '1 hour')""")
                .params(seller, key, fingerprint).update();

        HttpResponse<String> duplicate = post(PRODUCTS + "/bulk", owner(), key, body);

        assertProblem(duplicate, 409, "idempotency-key-in-flight");
        assertThat(duplicate.headers().firstValue("Retry-After")).hasValue("1");
        assertProblem(post(PRODUCTS + "/bulk", owner(), key, "[" + productJson(freshSku()) + "]"), 422,
                "idempotency-key-reused");
    }

    @Test
    void a_retried_lifecycle_post_stores_no_second_event() {
        String id = createProduct();
        String key = freshKey();

        HttpResponse<String> first = post(PRODUCTS + "/" + id + "/publish", owner(), key, null);
        HttpResponse<String> retry = post(PRODUCTS + "/" + id + "/publish", owner(), key, null);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(retry.statusCode()).as("a second publish would be 409: " + retry.body()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductPublishedEvent");
    }

    @Test
    void the_same_key_with_another_body_is_422_and_stores_nothing() {
        String key = freshKey();
        String otherSku = freshSku();
        assertThat(post(PRODUCTS, owner(), key, productJson(freshSku())).statusCode()).isEqualTo(201);

        assertProblem(post(PRODUCTS, owner(), key, productJson(otherSku)), 422, "idempotency-key-reused");
        assertThat(creationsOf(otherSku)).isZero();
    }

    @Test
    void keys_are_scoped_per_caller() {
        String key = freshKey();
        HttpResponse<String> mine = post(PRODUCTS, owner(), key, productJson(freshSku()));
        HttpResponse<String> theirs = post(PRODUCTS, token("other-" + seller, "SELLER"), key, productJson(freshSku()));

        assertThat(mine.statusCode()).isEqualTo(201);
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(201);
        assertThat(bodyOf(theirs).path("id").asText()).isNotEqualTo(bodyOf(mine).path("id").asText());
        assertThat(theirs.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void a_refused_request_keeps_no_key_so_the_corrected_retry_runs() {
        String key = freshKey();
        String sku = freshSku();
        String noPrices = productJson(sku).replaceFirst("\"prices\": \\[[^]]*]", "\"prices\": []");

        assertProblem(post(PRODUCTS, owner(), key, noPrices), 400, "invalid-request");
        HttpResponse<String> corrected = post(PRODUCTS, owner(), key, productJson(sku));

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(creationsOf(sku)).isEqualTo(1);
    }

    @Test
    void parallel_duplicates_store_exactly_one_event_and_all_get_its_answer() throws Exception {
        String sku = freshSku();
        String key = freshKey();
        String token = owner();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<HttpResponse<String>>> duplicates = IntStream.range(0, 6)
                    .<Callable<HttpResponse<String>>>mapToObj(i -> () -> post(PRODUCTS, token, key, productJson(sku)))
                    .toList();
            List<HttpResponse<String>> answers = pool.invokeAll(duplicates).stream().map(IdempotencyKeyApiTest::get).toList();

            List<HttpResponse<String>> created = answers.stream().filter(answer -> answer.statusCode() == 201).toList();
            assertThat(created).isNotEmpty();
            assertThat(created.stream().map(answer -> bodyOf(answer).path("id").asText()).distinct()).hasSize(1);
            answers.stream().filter(answer -> answer.statusCode() != 201)
                    .forEach(answer -> assertProblem(answer, 409, "idempotency-key-in-flight"));
            assertThat(creationsOf(sku)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_duplicate_of_a_request_still_running_waits_then_gets_409_with_retry_after() throws Exception {
        String key = freshKey();
        String sku = freshSku();
        try (Connection running = dataSource.getConnection()) {
            running.setAutoCommit(false);
            // what a first request holds while its command runs: an uncommitted claim of the key
            try (PreparedStatement claim = running.prepareStatement("""
                    INSERT INTO event_store.idempotency_key (caller_id, idempotency_key, request_hash, state, expires_at)
                    VALUES (?, ?, '\\x00', 'IN_FLIGHT', now() + interval '1 hour')""")) {
                claim.setString(1, seller);
                claim.setString(2, key);
                claim.executeUpdate();
            }
            long started = System.nanoTime();
            HttpResponse<String> duplicate = post(PRODUCTS, owner(), key, productJson(sku));
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            running.rollback();

            assertProblem(duplicate, 409, "idempotency-key-in-flight");
            assertThat(duplicate.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(waitedMillis).isGreaterThanOrEqualTo(1_900);
        }
        assertThat(creationsOf(sku)).isZero();
        assertThat(post(PRODUCTS, owner(), key, productJson(sku)).statusCode()).isEqualTo(201);
    }

    @Test
    void an_empty_or_over_long_key_is_400() {
        String sku = freshSku();
        assertProblem(post(PRODUCTS, owner(), "", productJson(sku)), 400, "invalid-idempotency-key");
        assertProblem(post(PRODUCTS, owner(), "k".repeat(256), productJson(sku)), 400, "invalid-idempotency-key");
        assertThat(post(PRODUCTS, owner(), "k".repeat(255), productJson(sku)).statusCode()).isEqualTo(201);
        assertThat(creationsOf(sku)).isEqualTo(1);
    }

    @Test
    void a_retried_category_create_replays_too() {
        String key = freshKey();
        String admin = token("admin-" + seller, "ADMIN");
        String body = """
                {"name": "Idempotent", "slug": "idem-%s", "description": null, "parentId": null}"""
                .formatted(key.substring(0, 8));

        HttpResponse<String> first = post("/api/v1/categories", admin, key, body);
        HttpResponse<String> retry = post("/api/v1/categories", admin, key, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(eventsOf(bodyOf(first).path("id").asText())).isEqualTo(1);
    }

    @Test
    void creates_with_a_key_cost_about_what_creates_without_one_cost() {
        int rounds = 30;
        long[] millis = new long[2];
        for (int round = 0; round < 2 * rounds; round++) {
            boolean keyed = round % 2 == 0;
            long started = System.nanoTime();
            HttpResponse<String> created = post(PRODUCTS, owner(), keyed ? freshKey() : null, productJson(freshSku()));
            millis[keyed ? 0 : 1] += (System.nanoTime() - started) / 1_000_000;
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        System.out.printf("create with Idempotency-Key: %.1f ms, without: %.1f ms (mean of %d each)%n",
                millis[0] / (double) rounds, millis[1] / (double) rounds, rounds);
    }

    @Test
    void the_key_is_documented_on_every_write_post() {
        var paths = bodyOf(send("GET", "/v3/api-docs", null, null, null, null)).path("paths");
        for (String path : List.of(PRODUCTS, PRODUCTS + "/{id}/publish", PRODUCTS + "/bulk", "/api/v1/categories/bulk")) {
            assertThat(paths.path(path).path("post").path("parameters").findValuesAsText("name"))
                    .as(path).contains(IdempotencyKeyHeader.NAME);
        }
        assertThat(paths.path(PRODUCTS).path("post").path("responses").path("422").path("description").asText())
                .contains("idempotency-key-reused");
    }

    private static HttpResponse<String> get(Future<HttpResponse<String>> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
