package com.catalog.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.web.ApiTest;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the identity API tests: the real app on a random port with a fresh PostgreSQL database, a bootstrap
 * admin, the real Kafka for notifications (profile dev: the sent messages can be read back), and the dev issuer's
 * key trusted next to the app's own (as in the run command).
 */
@ActiveProfiles("dev")
public abstract class IdentityApiTest extends ApiTest {

    protected static final String ADMIN_EMAIL = "admin@catalog.test";
    protected static final String ADMIN_PASSWORD = "admin-password-for-tests";
    protected static final String PASSWORD = "a long enough password";
    protected static final String CORS_ORIGIN = "https://shop.example.test";

    /** On top of {@link ApiTest}'s database and token key (a name of its own, so it does not hide that method). */
    @DynamicPropertySource
    static void identityEngines(DynamicPropertyRegistry registry) {
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
        return exchange("POST", path, token, "application/json", body, null);
    }

    protected HttpResponse<String> put(String path, String body, String token) {
        return exchange("PUT", path, token, "application/json", body, null);
    }

    protected HttpResponse<String> get(String path, String token) {
        return exchange("GET", path, token, null, null, null);
    }

    protected HttpResponse<String> delete(String path, String token) {
        return exchange("DELETE", path, token, null, null, null);
    }
}
