package com.catalog.command.product.create;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductRequests;
import com.catalog.engines.DevJwtIssuer;
import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the end-to-end tests: the real app on a random port, a fresh PostgreSQL database, real RS256 tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CreateProductApiTest {

    static final String SELLER = "seller-" + UUID.randomUUID();
    private static final Duration TOKEN_TTL = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", jwt()::publicKeyLocation);
    }

    static DevJwtIssuer jwt() {
        return TestEngines.jwt();
    }

    static String token(String subject, String... roles) {
        return jwt().mint(subject, TOKEN_TTL, roles);
    }

    static String sellerToken() {
        return token(SELLER, "SELLER");
    }

    /** A SKU no other test uses, so tests never see each other's rows. */
    static String freshSku() {
        return "T-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static String productJson(String name, String sku, long amount, String currency) {
        return ProductRequests.createJson(name, sku, amount, currency);
    }

    HttpResponse<String> post(String body, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/products"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        return send(request.build());
    }

    HttpResponse<String> post(String body, String token) {
        return post(body, token, Map.of());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build());
    }

    JsonNode bodyOf(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Every error is an RFC 9457 problem with our type URI and code, and tells nothing about our internals. */
    void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = bodyOf(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).isEqualTo("https://catalog.dev/problems/" + code);
        assertThat(response.body()).doesNotContain("Exception", "at com.", "org.axonframework", "SQL");
    }

    long lookupRowsFor(String sku) {
        return jdbc.sql("SELECT count(*) FROM event_store.product_sku_lookup WHERE sku = upper(?)")
                .param(sku).query(Long.class).single();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
