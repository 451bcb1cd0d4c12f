package com.catalog.query.projection;

import com.catalog.query.EventAppender;
import com.catalog.query.QuerySideEngines;
import com.catalog.query.product.ProductEvents;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projections admin API against the real engines. The app gets a database of its own, so its processors hold
 * every segment and the head is what this class appended.
 */
// its own database: nobody can reuse the context, so close it and free its connections for the classes after it
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.integration.topic-partitions=2",
        "catalog.search.alias=catalog-products-projections",
        "catalog.search.index=catalog-products-projections-v1"})
class ProjectionsApiIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> PROCESSORS =
            List.of("audit", "brand-integration-publisher", "brand-read", "category-integration-publisher", "category-read",
                    "product-details", "product-integration-publisher", "product-search");
    /**
     * Projections whose rows depend on earlier rows of other aggregates run one segment, to apply in store order; the
     * category and brand publishers run one because their volume is small.
     */
    private static final List<String> SINGLE_SEGMENT = List.of("brand-integration-publisher", "brand-read",
            "category-integration-publisher", "category-read");

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired EventProcessingConfiguration processing;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry); // a database of its own, with the event store's tables
    }

    @Test
    void every_projection_is_listed_with_its_segments_position_lag_and_phase() {
        long head = appendProduct();

        JsonNode overview = await("/api/v1/admin/projections", body -> allCaughtUpTo(body, head));

        assertThat(overview.path("head").asLong()).isEqualTo(head);
        assertThat(names(overview)).containsAll(PROCESSORS).isSorted();
        for (JsonNode projection : overview.path("projections")) {
            String name = projection.path("name").asText();
            assertThat(projection.path("phase").asText()).as(name).isEqualTo("RUNNING");
            assertThat(projection.path("head").asLong()).as(name).isEqualTo(head);
            assertThat(projection.path("position").asLong()).as(name).isEqualTo(head);
            assertThat(projection.path("lag").asLong()).as(name).isZero();
            int segments = SINGLE_SEGMENT.contains(name) ? 1 : 2;
            assertThat(projection.path("totalSegments").asInt()).as(name).isEqualTo(segments);
            assertThat(projection.path("segments")).as(name).hasSize(segments);
            for (JsonNode segment : projection.path("segments")) {
                assertThat(segment.path("mask").asInt()).isEqualTo(segments - 1);
                assertThat(segment.path("position").asLong()).isEqualTo(head);
                assertThat(segment.path("error").asBoolean()).isFalse();
            }
        }
        for (String publisher : List.of("product-integration-publisher", "category-integration-publisher",
                "brand-integration-publisher")) {
            assertThat(projection(overview, publisher).path("replayable").asBoolean())
                    .as("the Kafka publisher %s is never replayed", publisher).isFalse();
        }
        assertThat(projection(overview, "product-search").path("replayable").asBoolean()).isTrue();
    }

    @Test
    void one_projection_by_name_and_an_unknown_name_is_a_404_problem() {
        long head = appendProduct();

        JsonNode search = await("/api/v1/admin/projections/product-search", body -> body.path("lag").asLong(-1) == 0
                && body.path("head").asLong() >= head);

        assertThat(search.path("name").asText()).isEqualTo("product-search");
        assertThat(search.path("phase").asText()).isEqualTo("RUNNING");
        assertThat(search.path("segments").findValuesAsText("segment")).containsExactly("0", "1");
        ResponseEntity<JsonNode> unknown = get("/api/v1/admin/projections/no-such-projection", token("ADMIN"));
        assertProblem(unknown, HttpStatus.NOT_FOUND, "unknown-projection");
    }

    @Test
    void a_stopped_processor_is_stopped_and_runs_again_once_started() throws Exception {
        StreamingEventProcessor audit = processing.eventProcessor("audit", StreamingEventProcessor.class).orElseThrow();
        audit.shutdownAsync().get(30, TimeUnit.SECONDS);
        try {
            JsonNode stopped = await("/api/v1/admin/projections/audit", body -> true);
            assertThat(stopped.path("phase").asText()).isEqualTo("STOPPED");
            assertThat(stopped.path("segments")).isEmpty();
            assertThat(stopped.has("lag")).as("no segment held here, nothing to measure").isFalse();
            assertThat(stopped.path("totalSegments").asInt()).isEqualTo(2);
        } finally {
            audit.start();
        }
        long head = appendProduct();
        JsonNode running = await("/api/v1/admin/projections/audit", body -> body.path("lag").asLong(-1) == 0
                && body.path("head").asLong() >= head);
        assertThat(running.path("phase").asText()).isEqualTo("RUNNING");
    }

    @Test
    void the_api_docs_describe_the_admin_endpoints_with_examples() {
        String docs = http.getForObject("/v3/api-docs", String.class);

        assertThat(docs).contains("/api/v1/admin/projections", "/api/v1/admin/projections/{name}", "REPLAYING",
                "one replaying, one failing", "/api/v1/admin/audit", "/api/v1/products/{id}/history",
                "/api/v1/categories/{id}/history", "/api/v1/brands/{id}/history");
    }

    @Test
    void only_admins_may_look() {
        assertProblem(get("/api/v1/admin/projections", null), HttpStatus.UNAUTHORIZED, "unauthenticated");
        assertProblem(get("/api/v1/admin/projections", token("SELLER")), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(get("/api/v1/admin/projections/audit", token("BUYER")), HttpStatus.FORBIDDEN, "forbidden");
    }

    private long appendProduct() {
        String id = UUID.randomUUID().toString();
        return new EventAppender(eventStore, jdbc).append("Product", id, 0, ProductEvents.created(id, "seller-1",
                "Projection lamp", null, "SKU-" + id.substring(0, 8).toUpperCase(), 1500, "EUR"),
                EventAppender.actor("seller-1", "SELLER"));
    }

    private static boolean allCaughtUpTo(JsonNode overview, long head) {
        List<JsonNode> projections = new ArrayList<>();
        overview.path("projections").forEach(projections::add);
        return overview.path("head").asLong() >= head && !projections.isEmpty()
                && projections.stream().allMatch(p -> p.path("lag").asLong(-1) == 0
                        && p.path("segments").size() == p.path("totalSegments").asInt());
    }

    private static JsonNode projection(JsonNode overview, String name) {
        for (JsonNode projection : overview.path("projections")) {
            if (projection.path("name").asText().equals(name)) {
                return projection;
            }
        }
        throw new AssertionError("no projection " + name + " in " + overview);
    }

    private static List<String> names(JsonNode overview) {
        return overview.path("projections").findValuesAsText("name");
    }

    private JsonNode await(String path, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode body;
        do {
            ResponseEntity<JsonNode> response = get(path, token("ADMIN"));
            assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
            body = response.getBody();
            if (done.test(body)) {
                return body;
            }
            sleep();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not reached within " + PATIENCE + ": " + body);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private ResponseEntity<JsonNode> get(String path, String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return http.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static String token(String role) {
        return TestEngines.jwt().mint("projections-" + role.toLowerCase(), Duration.ofMinutes(5), role);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("code").asText()).isEqualTo(code);
        assertThat(response.getBody().toString()).doesNotContain("Exception", "at com.", "org.springframework");
    }
}
