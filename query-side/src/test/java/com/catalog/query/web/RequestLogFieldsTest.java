package com.catalog.query.web;

import com.catalog.query.QuerySideEngines;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.TestEngines;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app's real console output (ECS JSON) during one real request carries the request's correlation id (echoed
 * to the client) and the caller's user id as top-level fields. A database of its own, like the health test, so
 * this context's processors never contend for another cached context's segments.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.integration.topic-partitions=2",
        "catalog.search.alias=catalog-products-logs",
        "catalog.search.index=catalog-products-logs-v1"})
class RequestLogFieldsTest {

    /** Logs a line while the request is handled ("Completed 404 NOT_FOUND"), without changing the app's code. */
    private static final String REQUEST_LOGGER = "org.springframework.web.servlet.DispatcherServlet";
    private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

    @Autowired TestRestTemplate http;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry); // a database of its own, with the event store's tables
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
    void a_request_logs_json_lines_with_its_correlation_id_and_the_caller(CapturedOutput output) {
        String correlationId = "logs-" + UUID.randomUUID();
        String user = "buyer-" + UUID.randomUUID();
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(TestEngines.jwt().mint(user, Duration.ofMinutes(5), "BUYER"));
        headers.set("X-Correlation-Id", correlationId);

        ResponseEntity<String> response = http.exchange("/api/v1/products/" + UUID.randomUUID(), HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo(correlationId);
        assertThat(output.getOut().lines().filter(line -> line.contains(correlationId)))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}")
                        .contains("\"correlationId\":\"" + correlationId + "\"")
                        .contains("\"userId\":\"" + user + "\""));
    }

    @Test
    void a_request_without_the_header_gets_a_generated_correlation_id() {
        ResponseEntity<String> response = http.getForEntity("/api/v1/products/" + UUID.randomUUID(), String.class);

        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).matches("[0-9a-f-]{36}");
    }
}
