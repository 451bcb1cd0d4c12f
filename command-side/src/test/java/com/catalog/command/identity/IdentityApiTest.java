package com.catalog.command.identity;

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
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the identity API tests: the real app on a random port with a fresh PostgreSQL database, a bootstrap
 * admin, the real Kafka for notifications (profile dev: the sent messages can be read back), and the dev issuer's
 * key trusted next to the app's own (as in the run command).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
public abstract class IdentityApiTest {

    protected static final String ADMIN_EMAIL = "admin@catalog.test";
    protected static final String ADMIN_PASSWORD = "admin-password-for-tests";
    protected static final String PASSWORD = "a long enough password";
    protected static final String CORS_ORIGIN = "https://shop.example.test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> TestEngines.jwt().publicKeyLocation());
        registry.add("spring.kafka.bootstrap-servers", TestEngines::kafkaBootstrapServers);
        registry.add("catalog.security.cors.allowed-origins", () -> CORS_ORIGIN);
        registry.add("catalog.identity.bootstrap-admin.email", () -> ADMIN_EMAIL);
        registry.add("catalog.identity.bootstrap-admin.password", () -> ADMIN_PASSWORD);
        // the lowest bcrypt cost: these tests hash hundreds of passwords on a shared 2-core machine
        registry.add("catalog.identity.bcrypt-strength", () -> "4");
    }

    protected static String freshEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    protected static String registration(String email, String password, String name, String accountType) {
        return """
                {"email": "%s", "password": "%s", "name": "%s", "accountType": "%s"}""".formatted(email, password, name, accountType);
    }

    /** Registers an active buyer and answers its id. */
    protected String registerBuyer(String email) {
        HttpResponse<String> response = post("/api/v1/auth/register", registration(email, PASSWORD, "Ana", "BUYER"), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return bodyOf(response).path("id").asText();
    }

    protected HttpResponse<String> login(String email, String password) {
        return post("/api/v1/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email, password), null);
    }

    /** Signs in and answers the token response. */
    protected JsonNode signIn(String email, String password) {
        HttpResponse<String> response = login(email, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return bodyOf(response);
    }

    protected HttpResponse<String> refresh(String refreshToken) {
        return post("/api/v1/auth/refresh", "{\"refresh_token\": \"" + refreshToken + "\"}", null);
    }

    protected HttpResponse<String> post(String path, String body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    protected HttpResponse<String> put(String path, String body, String token) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    protected HttpResponse<String> get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    protected HttpResponse<String> delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    protected JsonNode bodyOf(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Every error is an RFC 9457 problem with our type URI and code, and tells nothing about our internals. */
    protected void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = bodyOf(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception", "at com.", "org.axonframework", "SQL");
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
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
