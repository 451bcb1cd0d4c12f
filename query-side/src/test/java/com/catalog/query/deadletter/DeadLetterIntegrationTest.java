package com.catalog.query.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.TestEngines;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.query.EventAppender;
import com.catalog.query.QuerySideEngines;
import com.catalog.query.product.ProductEvents;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Poison events against the real engines: a test-only projection (processing group {@value #PROBE}) throws for
 * marked products, once in Java and once through a statement PostgreSQL refuses (which aborts the batch's
 * transaction). The poisoned aggregates' events become letters, in order; every other event keeps flowing, in the
 * probe and in the real product page; the API, the metric and a retry after the fix see it through.
 */
// a configuration of its own: close it afterwards instead of holding its connections in the context cache
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "axon.eventhandling.processors.dead-letter-probe.mode=pooled",
        "catalog.read.consistency-timeout=10s",
        "catalog.search.alias=catalog-products-dlq",
        "catalog.search.index=catalog-products-dlq-v1"})
@Import(DeadLetterIntegrationTest.ProbeConfiguration.class)
class DeadLetterIntegrationTest {

    static final String PROBE = "dead-letter-probe";
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry metrics;
    @Autowired PoisonableProjection probe;

    @Test
    void a_poison_event_is_parked_with_its_aggregates_later_events_and_the_rest_flows_until_a_retry_after_the_fix() {
        String poisoned = UUID.randomUUID().toString();
        String sqlPoisoned = UUID.randomUUID().toString();
        String healthy = UUID.randomUUID().toString();
        probe.failInJava.add(poisoned);
        probe.failInDatabase.add(sqlPoisoned);

        append(poisoned, 0, created(poisoned));
        append(sqlPoisoned, 0, created(sqlPoisoned));
        append(poisoned, 1, repriced(poisoned));
        long last = append(healthy, 0, created(healthy));

        await(() -> probe.handled.contains(healthy + "/0") && count() == 3);
        assertThat(probe.handled).doesNotContain(poisoned + "/0", poisoned + "/1", sqlPoisoned + "/0");
        assertThat(get("/api/v1/products/" + healthy + "?minPosition=" + last, null).getStatusCode().value())
                .as("the real projections keep flowing").isEqualTo(200);
        JsonNode group = probeGroup(get("/api/v1/admin/dead-letters", admin()).getBody());
        assertThat(group.path("count").asLong()).isEqualTo(3);
        JsonNode first = letterOf(group, poisoned, 0);
        assertThat(first.path("eventType").asText()).isEqualTo("ProductCreatedEvent");
        assertThat(first.path("aggregateType").asText()).isEqualTo("Product");
        assertThat(first.path("errorType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(first.path("error").asText()).contains("poison");
        assertThat(first.path("attempts").asLong()).isEqualTo(1);
        assertThat(letterOf(group, poisoned, 1).path("eventType").asText()).as("queued behind, in order")
                .isEqualTo("ProductPricesChangedEvent");
        assertThat(letterOf(group, sqlPoisoned, 0).path("errorType").asText()).isNotBlank();
        assertThat(metrics.get("catalog.dead.letters").tag("processing_group", PROBE).gauge().value()).isEqualTo(3.0);

        probe.failInJava.clear();
        probe.failInDatabase.clear();
        ResponseEntity<JsonNode> retried = post("/api/v1/admin/dead-letters/" + PROBE + "/retry", admin());

        assertThat(retried.getStatusCode().value()).as(String.valueOf(retried.getBody())).isEqualTo(200);
        assertThat(retried.getBody().path("lettersBefore").asLong()).isEqualTo(3);
        assertThat(retried.getBody().path("lettersAfter").asLong()).isZero();
        assertThat(probe.handled).containsSubsequence(poisoned + "/0", poisoned + "/1");
        assertThat(probe.handled).contains(sqlPoisoned + "/0");
        assertThat(count()).isZero();
        assertThat(metrics.get("catalog.dead.letters").tag("processing_group", PROBE).gauge().value()).isZero();
    }

    @Test
    void publishers_have_no_queue_and_the_api_is_for_admins() {
        JsonNode groups = get("/api/v1/admin/dead-letters", admin()).getBody();
        List<String> names = groups.findValuesAsText("processingGroup");

        assertThat(names).contains(PROBE, "product-details", "product-search", "audit")
                .doesNotContain("product-integration-publisher", "category-integration-publisher",
                        "brand-integration-publisher");
        assertProblem(post("/api/v1/admin/dead-letters/product-integration-publisher/retry", admin()), 404,
                "unknown-processing-group");
        assertThat(get("/api/v1/admin/dead-letters", null).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/api/v1/admin/dead-letters", TestEngines.jwt().mint("seller-1", Duration.ofMinutes(5), "SELLER"))
                .getStatusCode().value()).isEqualTo(403);
    }

    /**
     * product-details writes its rows once per batch: a row PostgreSQL refuses (here a creation without a seller,
     * which the write side never stores) fails that write, not a handler. The events that changed the row become
     * letters on the batch's retry, and the other products of the batch are written.
     */
    @Test
    void a_row_the_database_refuses_at_the_batch_write_parks_its_events_and_the_rest_of_the_batch_is_written() {
        String poisoned = UUID.randomUUID().toString();
        String fine = UUID.randomUUID().toString();
        ProductCreatedEvent sellerless = ProductEvents.created(poisoned, null, "No seller", null, "DLQ-NS", 1000, "EUR");

        append(poisoned, 0, sellerless);
        append(fine, 0, created(fine));

        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (rowsOf(fine) == 0 || letters("product-details", poisoned) == 0) {
            assertThat(System.nanoTime()).as("the fine product's row and the poisoned one's letter").isLessThan(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(rowsOf(poisoned)).isZero();
    }

    private long rowsOf(String productId) {
        return jdbc.sql("SELECT count(*) FROM read.product WHERE product_id = CAST(? AS uuid)").param(productId)
                .query(Long.class).single();
    }

    private long letters(String group, String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM read.dead_letter_entry WHERE processing_group = ? AND aggregate_identifier = ?")
                .param(group).param(aggregateId).query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM read.dead_letter_entry WHERE processing_group = ?").param(PROBE)
                .query(Long.class).single();
    }

    private static JsonNode probeGroup(JsonNode groups) {
        for (JsonNode group : groups) {
            if (PROBE.equals(group.path("processingGroup").asText())) {
                return group;
            }
        }
        throw new AssertionError("no group " + PROBE + " in " + groups);
    }

    private static JsonNode letterOf(JsonNode group, String aggregateId, long sequence) {
        for (JsonNode letter : group.path("letters")) {
            if (aggregateId.equals(letter.path("aggregateId").asText()) && letter.path("sequenceNumber").asLong() == sequence) {
                return letter;
            }
        }
        throw new AssertionError("no letter " + aggregateId + "/" + sequence + " in " + group);
    }

    private static ProductCreatedEvent created(String id) {
        return ProductEvents.created(id, "seller-dlq", "Probe " + id, null, "DLQ-" + id.substring(0, 8), 1000, "EUR");
    }

    private static ProductPricesChangedEvent repriced(String id) {
        return new ProductPricesChangedEvent(id, List.of(new CurrencyAmount("EUR", 1000)),
                List.of(new CurrencyAmount("EUR", 1200)), List.of(), List.of(), false);
    }

    private long append(String productId, long sequence, Object payload) {
        return new EventAppender(eventStore, jdbc).append("Product", productId, sequence, payload,
                Map.of("actorId", "seller-dlq"));
    }

    private static String admin() {
        return TestEngines.jwt().mint("admin-dlq", Duration.ofMinutes(5), "ADMIN");
    }

    private ResponseEntity<JsonNode> get(String path, String bearer) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(bearer)), JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String bearer) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(headers(bearer)), JsonNode.class);
    }

    private static HttpHeaders headers(String bearer) {
        HttpHeaders headers = new HttpHeaders();
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return headers;
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String code) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getBody().path("code").asText()).isEqualTo(code);
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WITHIN);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @TestConfiguration
    static class ProbeConfiguration {

        @Bean
        PoisonableProjection poisonableProjection(JdbcClient jdbc) {
            return new PoisonableProjection(jdbc);
        }
    }

    /** Handles every product event; throws for products marked poisonous, in Java or through the database. */
    @ProcessingGroup(PROBE)
    static class PoisonableProjection {

        final Set<String> failInJava = ConcurrentHashMap.newKeySet();
        final Set<String> failInDatabase = ConcurrentHashMap.newKeySet();
        final List<String> handled = new CopyOnWriteArrayList<>();
        private final JdbcClient jdbc;

        PoisonableProjection(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(ProductEvent event, @org.axonframework.eventhandling.SequenceNumber long sequence) {
            if (failInJava.contains(event.productId())) {
                throw new IllegalStateException("poison: " + event.productId());
            }
            if (failInDatabase.contains(event.productId())) {
                jdbc.sql("SELECT 1 / 0").query(Integer.class).single();
            }
            handled.add(event.productId() + "/" + sequence);
        }
    }
}
