package com.catalog.command.product;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of product API tests over real HTTP: the real app, a fresh PostgreSQL database, real RS256 tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ProductApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    protected final String seller = "seller-" + UUID.randomUUID();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected ObjectMapper json;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        PostgresDatabase database = TestEngines.postgres();
        registry.add("spring.datasource.url", database::jdbcUrl);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestEngines.jwt()::publicKeyLocation);
    }

    protected String createProduct() {
        String sku = "P-" + UUID.randomUUID().toString().substring(0, 13);
        HttpResponse<String> created = send("POST", "/api/v1/products", owner(), null, "application/json",
                ProductRequests.createJson("Detail shoe", sku, 1999, "EUR"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return bodyOf(created).path("id").asText();
    }

    protected HttpResponse<String> send(String method, String path, String token, String ifMatch, String contentType,
                                        String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected String owner() {
        return token(seller, "SELLER");
    }

    protected static String token(String subject, String... roles) {
        return TestEngines.jwt().mint(subject, Duration.ofMinutes(5), roles);
    }

    protected List<String> storedEventTypes(String id) {
        return jdbc.sql("""
                        SELECT payload_type FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(id)
                .query((rs, row) -> rs.getString(1).substring(rs.getString(1).lastIndexOf('.') + 1))
                .list();
    }

    protected JsonNode lastPayload(String id) {
        byte[] payload = jdbc.sql("""
                        SELECT payload FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""")
                .param(id).query(byte[].class).single();
        try {
            return json.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    protected JsonNode bodyOf(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    protected void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = bodyOf(response);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception", "at com.", "org.axonframework", "SQL");
    }
}
