package com.catalog.query.health;

import com.catalog.query.product.ProductEvents;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.catalog.events.product.ProductCreatedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health API and the Prometheus scrape against the real PostgreSQL, Kafka and Elasticsearch. The app gets a
 * database of its own, so its processors own every segment (another cached context of this JVM holds the segments
 * of the shared test database), and a lag threshold small enough to cross on purpose.
 */
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless asked; the scrape is tested here
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.health.max-processor-lag=3",
        "catalog.observability.progress-poll-interval=200ms",
        "catalog.integration.topic-partitions=2",
        "catalog.search.alias=catalog-products-health",
        "catalog.search.index=catalog-products-health-v1"})
class HealthApiIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static PostgresDatabase database;

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired ObjectMapper json;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        database = TestEngines.newDatabase();
        new ResourceDatabasePopulator(new ClassPathResource("event-store-schema.sql"))
                .execute(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.kafka.bootstrap-servers", TestEngines::kafkaBootstrapServers);
        registry.add("spring.elasticsearch.uris", TestEngines::elasticsearchUrl);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> TestEngines.jwt().publicKeyLocation());
    }

    @Test
    void the_public_views_are_up_and_name_no_component_or_detail() {
        for (String view : List.of("", "/database", "/cache", "/metrics", "/readiness", "/liveness")) {
            ResponseEntity<JsonNode> response = await(() -> get(view, null), r -> r.getStatusCode() == HttpStatus.OK);

            assertThat(response.getStatusCode()).as(view).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).as(view).isEqualTo(json.createObjectNode().put("status", "UP"));
        }
    }

    @Test
    void the_detailed_views_are_for_admins_and_show_every_dependency() {
        for (String view : List.of("/detailed", "/dependencies")) {
            assertProblem(get(view, null), HttpStatus.UNAUTHORIZED);
            assertProblem(get(view, token("SELLER")), HttpStatus.FORBIDDEN);

            ResponseEntity<JsonNode> response = await(() -> get(view, token("ADMIN")), r -> r.getStatusCode() == HttpStatus.OK);

            assertThat(response.getStatusCode()).as(view).isEqualTo(HttpStatus.OK);
            JsonNode components = response.getBody().path("components");
            for (String dependency : List.of("db", "elasticsearch", "kafka", "processorLag")) {
                assertThat(components.path(dependency).path("status").asText()).as(view + " " + dependency).isEqualTo("UP");
            }
            assertThat(components.path("processorLag").path("details").path("lag").has("product-details")).isTrue();
        }
        JsonNode detailed = get("/detailed", token("ADMIN")).getBody().path("components");
        assertThat(detailed.path("cache").path("details").path("caches").asText()).isEqualTo("none configured");
        assertThat(detailed.has("livenessState")).isTrue();
    }

    @Test
    void the_scrape_has_http_processor_event_store_kafka_and_jvm_series_after_one_product_event() {
        append(event("Oak Stool"));
        get("", null);

        String scrape = await(this::scrape, body -> body.contains("kafka_producer_record_send_total")
                && body.contains("catalog_processor_lag{") && body.contains("catalog_processor_position{"));

        assertThat(scrape).contains(
                "http_server_requests_seconds_bucket{",
                "catalog_event_store_head",
                "catalog_processor_position{",
                "processor=\"product-integration-publisher\"",
                "segment=\"1\"",
                "catalog_processor_lag{",
                "kafka_producer_record_send_total",
                "kafka_producer_record_error_total",
                "jvm_memory_used_bytes",
                "hikaricp_connections_active");
    }

    @Test
    void readiness_is_503_while_a_processor_is_further_behind_than_allowed_and_200_once_it_caught_up() throws Exception {
        awaitClaimed("product-details");

        try (Connection holder = holdTokens("product-details")) {
            for (int i = 0; i < 5; i++) {
                append(event("Held Chair " + i));
            }
            ResponseEntity<JsonNode> notReady = await(() -> get("/readiness", null),
                    r -> r.getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE);

            assertThat(notReady.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(notReady.getBody()).isEqualTo(json.createObjectNode().put("status", "DOWN"));
            JsonNode lag = get("/dependencies", token("ADMIN")).getBody().path("components").path("processorLag");
            assertThat(lag.path("status").asText()).isEqualTo("DOWN");
            assertThat(lag.path("details").path("lag").path("product-details").asLong()).isGreaterThan(3);
        }

        ResponseEntity<JsonNode> ready = await(() -> get("/readiness", null), r -> r.getStatusCode() == HttpStatus.OK);
        assertThat(ready.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/liveness", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Locks the processor's token rows: its workers cannot commit a batch, so its position stands still. */
    private static Connection holdTokens(String processor) throws SQLException {
        Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT segment FROM read.token_entry WHERE processor_name = ? FOR UPDATE")) {
            lock.setString(1, processor);
            lock.executeQuery().close();
        }
        return connection;
    }

    private static void awaitClaimed(String processor) {
        await(() -> claimedSegments(processor), count -> count >= 2);
    }

    private static int claimedSegments(String processor) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             PreparedStatement count = connection.prepareStatement(
                     "SELECT count(*) FROM read.token_entry WHERE processor_name = ? AND owner IS NOT NULL")) {
            count.setString(1, processor);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void append(ProductCreatedEvent event) {
        eventStore.publish(new GenericDomainEventMessage<>("Product", event.productId(), 0, event,
                MetaData.from(Map.of("actorId", event.sellerId(), "actorRole", "SELLER",
                        "correlationId", UUID.randomUUID().toString(), "clientIp", "127.0.0.1"))));
    }

    private static ProductCreatedEvent event(String name) {
        String id = UUID.randomUUID().toString();
        return ProductEvents.created(id, "seller-1", name, "A test product: " + name,
                "SKU-" + id.substring(0, 8).toUpperCase(), 12900, "EUR");
    }

    private ResponseEntity<JsonNode> get(String view, String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return http.exchange("/api/v1/health" + view, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private String scrape() {
        ResponseEntity<String> response = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static String token(String role) {
        return TestEngines.jwt().mint("health-" + role.toLowerCase(), Duration.ofMinutes(5), role);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("status").asInt()).isEqualTo(status.value());
        assertThat(response.getBody().has("components")).isFalse();
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        T last = probe.get();
        while (!done.test(last) && System.nanoTime() < deadline) {
            sleep();
            last = probe.get();
        }
        return last;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
