package com.catalog.query.replay;

import com.catalog.query.QuerySideEngines;
import com.catalog.engines.TestEngines;
import com.catalog.query.product.ProductEvents;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelling a replay against the real engines: a store large enough (50,000 events) that the replay is still filling
 * when the DELETE arrives. Only product-details runs, so the machine is the replay's.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.search.alias=catalog-products-replay-cancel-it",
        "catalog.search.index=catalog-products-replay-cancel-it-v1",
        "catalog.replay.progress-interval=200ms"})
class ProjectionReplayCancelIntegrationTest {

    private static final String PROCESSOR = "product-details";
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;
    @Autowired EventStore eventStore;
    @Autowired EventProcessingConfiguration processing;
    @Autowired @Qualifier("eventSerializer") Serializer serializer;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry); // a database of its own, with the event store's tables
    }

    @Test
    void a_cancelled_replay_drops_its_fresh_tables_and_the_old_ones_keep_serving_and_updating() throws Exception {
        awaitSegments();
        for (EventProcessor processor : processing.eventProcessors().values()) {
            if (!processor.getName().equals(PROCESSOR)) {
                processor.shutdownAsync().get(1, TimeUnit.MINUTES);
            }
        }
        new SeededProducts(jdbc, serializer).seed(5_000);

        assertThat(replay(HttpMethod.POST).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await(body -> body.path("replay").path("phase").asText().equals("REPLAYING")
                && body.path("replay").path("eventsDone").asLong() > 0);
        assertThat(schemas()).as("the fresh tables exist while it fills").isEqualTo(1);

        ResponseEntity<JsonNode> cancel = replay(HttpMethod.DELETE);

        assertThat(cancel.getStatusCode()).as(String.valueOf(cancel.getBody())).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode ended = await(body -> !body.path("replay").path("phase").asText().equals("REPLAYING")).path("replay");
        assertThat(ended.path("phase").asText()).as(ended.toString()).isEqualTo("CANCELLED");
        assertThat(ended.path("reason").asText()).contains("cancelled");
        assertThat(schemas()).as("the fresh tables are dropped").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM read.token_entry WHERE processor_name = ?")
                .param(ReplayProcessors.nameOf(PROCESSOR)).query(Long.class).single()).as("replay tokens").isZero();

        ResponseEntity<JsonNode> again = replay(HttpMethod.DELETE);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().path("code").asText()).isEqualTo("replay-not-running");

        String id = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("Product", id, 0,
                ProductEvents.created(id, "seller-1", "After the cancel", "Still served", "SKU-CANCEL", 100, "EUR")));
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (count("SELECT count(*) FROM read.product WHERE product_id = CAST(? AS uuid)", id) == 0) {
            assertThat(System.nanoTime()).as("the live processor writes the old tables again").isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private long schemas() {
        return jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'replay\\_%'").query(Long.class).single();
    }

    private long count(String sql, String id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private void awaitSegments() throws InterruptedException {
        while (count("SELECT count(*) FROM read.token_entry WHERE processor_name = ?", PROCESSOR) == 0) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private JsonNode await(Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode body;
        do {
            ResponseEntity<JsonNode> response = http.exchange(URI.create(http.getRootUri()
                    + "/api/v1/admin/projections/" + PROCESSOR), HttpMethod.GET, new HttpEntity<>(headers()), JsonNode.class);
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            body = response.getBody();
            if (done.test(body)) {
                return body;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not reached within " + PATIENCE + ": " + body);
    }

    private ResponseEntity<JsonNode> replay(HttpMethod method) {
        return http.exchange(URI.create(http.getRootUri() + "/api/v1/admin/projections/" + PROCESSOR + "/replay"),
                method, new HttpEntity<>(headers()), JsonNode.class);
    }

    private static HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.setBearerAuth(TestEngines.jwt().mint("replay-admin", Duration.ofMinutes(5), "ADMIN"));
        return headers;
    }
}
