package com.catalog.command.health;

import com.catalog.command.product.ProductRequests;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The health API and the Prometheus scrape of the write side, against the real PostgreSQL. */
@AutoConfigureObservability(tracing = false) // tests switch metrics export off unless asked; the scrape is tested here
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthApiIntegrationTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.postgres();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> TestEngines.jwt().publicKeyLocation());
    }

    @Test
    void the_public_views_are_up_and_name_no_component_or_detail() {
        for (String view : List.of("", "/database", "/cache", "/metrics", "/readiness", "/liveness")) {
            ResponseEntity<JsonNode> response = get(view, token("ADMIN"));

            assertThat(response.getStatusCode()).as(view).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).as(view).isEqualTo(json.createObjectNode().put("status", "UP"));
        }
    }

    @Test
    void the_detailed_views_are_for_admins_and_show_the_database() {
        for (String view : List.of("/detailed", "/dependencies")) {
            assertProblem(get(view, null), HttpStatus.UNAUTHORIZED);
            assertProblem(get(view, token("SELLER")), HttpStatus.FORBIDDEN);

            ResponseEntity<JsonNode> response = get(view, token("ADMIN"));

            assertThat(response.getStatusCode()).as(view).isEqualTo(HttpStatus.OK);
            JsonNode database = response.getBody().path("components").path("db");
            assertThat(database.path("status").asText()).isEqualTo("UP");
            assertThat(database.path("details").path("database").asText()).isEqualTo("PostgreSQL");
        }
        JsonNode detailed = get("/detailed", token("ADMIN")).getBody().path("components");
        assertThat(detailed.path("cache").path("details").path("caches").asText()).isEqualTo("none configured");
    }

    @Test
    void the_scrape_has_http_command_and_jvm_series_after_one_command() {
        String sku = "H-" + UUID.randomUUID().toString().substring(0, 12);
        ResponseEntity<String> created = http.exchange("/api/v1/products", HttpMethod.POST, new HttpEntity<>(
                ProductRequests.createJson("Health check mug", sku, 1299, "EUR"), headers(token("SELLER"))), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<String> scrape = http.getForEntity("/actuator/prometheus", String.class);

        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody()).contains(
                "http_server_requests_seconds_bucket{",
                "uri=\"/api/v1/products\"",
                "commandBus_successCounter_total{",
                "commandBus_failureCounter_total{",
                "commandBus_allTimer_seconds_count{",
                "payloadType=\"CreateProductCommand\"",
                "jvm_memory_used_bytes",
                "hikaricp_connections_active");
    }

    private ResponseEntity<JsonNode> get(String view, String bearer) {
        return http.exchange("/api/v1/health" + view, HttpMethod.GET, new HttpEntity<>(headers(bearer)), JsonNode.class);
    }

    private static HttpHeaders headers(String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (bearer != null) {
            headers.setBearerAuth(bearer);
        }
        return headers;
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
}
