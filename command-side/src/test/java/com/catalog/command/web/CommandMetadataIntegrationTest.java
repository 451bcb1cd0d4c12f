package com.catalog.command.web;

import com.catalog.command.product.ProductRequests;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The trace of a write request travels into the metadata of the event it causes (so the query side continues it),
 * and the request's JSON log lines carry its trace and span ids; behind a proxy, the client's address is the one
 * recorded. Tracing on, as in production (Boot turns it off in
 * tests unless asked).
 */
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureObservability(metrics = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandMetadataIntegrationTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLER_SPAN_ID = "b7ad6b7169203331";
    /** Logs a line while the request is handled ("Completed 201 CREATED"), without changing the app's code. */
    private static final String REQUEST_LOGGER = "org.springframework.web.servlet.DispatcherServlet";

    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.postgres();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> TestEngines.jwt().publicKeyLocation());
    }

    @BeforeEach
    void logRequests() {
        logging.setLogLevel(REQUEST_LOGGER, LogLevel.DEBUG);
    }

    @AfterEach
    void quietAgain() {
        logging.setLogLevel(REQUEST_LOGGER, null);
    }

    @Test
    void the_requests_trace_is_in_the_events_metadata_and_in_its_log_lines(CapturedOutput output) throws Exception {
        String seller = "seller-" + UUID.randomUUID();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/products"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestEngines.jwt().mint(seller, Duration.ofMinutes(5), "SELLER"))
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN_ID + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(productCreateRequest("Traced teapot", "TR-" + UUID.randomUUID().toString().substring(0, 8))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode metadata = eventMetadataOf(json.readTree(created.body()).path("id").asText());
        String traceparent = metadata.path(CommandMetadata.TRACE_PARENT).asText();
        // same trace, sampled; the parent is the command side's own server span, a child of the caller's
        assertThat(traceparent).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01").doesNotContain(CALLER_SPAN_ID);
        assertThat(metadata.path(CommandMetadata.CORRELATION_ID).asText()).isNotBlank();
        assertThat(output.getOut().lines().filter(line -> line.contains("\"traceId\":\"" + TRACE_ID + "\"")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("{").matches(".*\"spanId\":\"[0-9a-f]{16}\".*"));
    }

    @Test
    void a_request_without_trace_context_starts_a_trace_of_its_own() throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/products"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestEngines.jwt().mint("seller-" + UUID.randomUUID(), Duration.ofMinutes(5), "SELLER"))
                .POST(HttpRequest.BodyPublishers.ofString(productCreateRequest("Untraced cup", "TR-" + UUID.randomUUID().toString().substring(0, 8))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(eventMetadataOf(json.readTree(created.body()).path("id").asText()).path(CommandMetadata.TRACE_PARENT).asText())
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01").doesNotContain(TRACE_ID);
    }

    @Test
    void behind_a_proxy_the_client_address_from_x_forwarded_for_is_recorded() throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/products"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestEngines.jwt().mint("seller-" + UUID.randomUUID(), Duration.ofMinutes(5), "SELLER"))
                // what the gateway sends: the client, then the hops it trusts
                .header("X-Forwarded-For", "203.0.113.7")
                .POST(HttpRequest.BodyPublishers.ofString(productCreateRequest("Proxied jug", "TR-" + UUID.randomUUID().toString().substring(0, 8))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(eventMetadataOf(json.readTree(created.body()).path("id").asText()).path(CommandMetadata.CLIENT_IP).asText())
                .isEqualTo("203.0.113.7");
    }

    /** The one place that knows the shape of a product create request (it is changing in parallel work). */
    private static String productCreateRequest(String name, String sku) {
        return ProductRequests.createJson(name, sku, 2500, "EUR");
    }

    private JsonNode eventMetadataOf(String aggregateId) throws Exception {
        byte[] metadata = jdbc.sql("SELECT meta_data FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(byte[].class).single();
        return json.readTree(new String(metadata, StandardCharsets.UTF_8));
    }
}
