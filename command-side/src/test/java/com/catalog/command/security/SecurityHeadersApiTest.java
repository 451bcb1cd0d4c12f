package com.catalog.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.IdentityApiTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Security headers on every answer, and CORS for the configured origin only ({@link IdentityApiTest} sets one). */
class SecurityHeadersApiTest extends IdentityApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void answers_carry_the_security_headers() {
        for (HttpResponse<String> response : java.util.List.of(get("/.well-known/jwks.json", null), get("/api/v1/auth/me", null))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'", "default-src 'self'"));
        }
    }

    @Test
    void a_preflight_from_the_configured_origin_is_allowed_and_from_another_refused() throws Exception {
        HttpResponse<String> allowed = preflight(CORS_ORIGIN);
        HttpResponse<String> refused = preflight("https://evil.example");

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CORS_ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("POST"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void an_actual_cross_origin_call_exposes_the_api_headers() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.well-known/jwks.json"))
                .header("Origin", CORS_ORIGIN).GET().build());

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CORS_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(exposed -> assertThat(exposed).contains("ETag", "X-Catalog-Position", "Retry-After"));
    }

    private HttpResponse<String> preflight(String origin) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
