package com.catalog.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The edge's global per-IP limit: a client over it gets a 429 problem with Retry-After from the gateway itself (the
 * backend never sees the request), counted in the Prometheus scrape. The test calls from 127.0.0.1, a trusted proxy,
 * so each test names a client of its own in X-Forwarded-For.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRateLimitTest {

    private static final int PER_IP = 3;
    private static final FakeBackend BACKEND = FakeBackend.start("query-side");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        GatewayDatabase.register(registry);
        registry.add("catalog.gateway.command-side-uri", BACKEND::uri);
        registry.add("catalog.gateway.query-side-uri", BACKEND::uri);
        registry.add("catalog.security.rate-limit.requests-per-minute-per-ip", () -> PER_IP);
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.close();
    }

    private static String freshClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private HttpResponse<String> get(String path, String client) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", client).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aClientOverTheLimitGetsA429ProblemWithRetryAfterFromTheGatewayItself() throws Exception {
        String client = freshClient();
        for (int i = 0; i < PER_IP; i++) {
            assertThat(get("/api/v1/products/" + i, client).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = get("/api/v1/products/refused", client);

        assertThat(refused.statusCode()).isEqualTo(429);
        // sliding window: a full current window only weighs little enough well into the next one, so up to two windows
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 120L);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"code\":\"too-many-requests\"", "\"status\":429",
                "\"type\":\"https://catalog.dev/problems/too-many-requests\"");
        assertThat(BACKEND.headersOf("/api/v1/products/refused")).as("never forwarded").isEmpty();
        assertThat(get("/api/v1/products/other", freshClient()).statusCode()).as("another client").isEqualTo(200);
        assertThat(get("/actuator/prometheus", client).body()).containsPattern(
                "catalog_rate_limit_rejections_total\\{[^}]*limit=\"global-ip\"[^}]*} [1-9]");
    }

    @Test
    void theCountersAreInTheGatewaysOwnSchemaWhichEveryReplicaShares() throws Exception {
        String client = freshClient();
        get("/api/v1/products/counted", client);

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (sharedHits(client) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(100); // the flush runs every 300 ms
        }
        assertThat(sharedHits(client)).isEqualTo(1);
    }

    private long sharedHits(String client) {
        return jdbc.queryForObject("SELECT coalesce(sum(hits), 0) FROM gateway.rate_limit_window WHERE bucket = ?",
                Long.class, "ip:" + client);
    }
}
