package com.catalog.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.query.QuerySideEngines;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The global per-IP limit (rate-limit module) on the query side: 429 problem with Retry-After, counted in the
 * Prometheus scrape and in the shared table. Each test is a client of its own: the test calls from 127.0.0.1, a
 * trusted proxy, and names a documentation address in X-Forwarded-For.
 */
@AutoConfigureObservability(tracing = false) // the rejections are read from the Prometheus scrape
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuerySideRateLimitTest {

    private static final int PER_IP = 5;

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
        registry.add("catalog.security.rate-limit.requests-per-minute-per-ip", () -> PER_IP);
    }

    private static String freshClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private ResponseEntity<String> getProduct(String client) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", client);
        return http.exchange("/api/v1/products/" + UUID.randomUUID(), HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    @Test
    void a_client_over_the_limit_gets_a_429_problem_with_retry_after_and_another_client_does_not() {
        String client = freshClient();
        for (int i = 0; i < PER_IP; i++) {
            assertThat(getProduct(client).getStatusCode().value()).isEqualTo(404);
        }

        ResponseEntity<String> refused = getProduct(client);

        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        // sliding window: a full current window only weighs little enough well into the next one, so up to two windows
        assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 120L);
        assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(refused.getBody()).contains("\"code\":\"too-many-requests\"", "\"status\":429",
                "\"type\":\"https://catalog.dev/problems/too-many-requests\"");
        assertThat(getProduct(freshClient()).getStatusCode().value()).as("another client").isEqualTo(404);
        assertThat(http.getForObject("/actuator/prometheus", String.class)).containsPattern(
                "catalog_rate_limit_rejections_total\\{[^}]*limit=\"global-ip\"[^}]*} [1-9]");
    }

    @Test
    void the_admitted_hits_reach_the_table_every_replica_reads() throws InterruptedException {
        String client = freshClient();
        getProduct(client);
        getProduct(client);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sharedHits(client) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100); // the flush runs every 300 ms
        }
        assertThat(sharedHits(client)).isEqualTo(2);
    }

    private long sharedHits(String client) {
        return jdbc.sql("SELECT coalesce(sum(hits), 0) FROM read.rate_limit_window WHERE bucket = ?")
                .param("ip:" + client).query(Long.class).single();
    }

    @Test
    void health_probes_are_not_counted() {
        String client = freshClient();
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", client);
        for (int i = 0; i <= PER_IP; i++) {
            assertThat(http.exchange("/api/v1/health/liveness", HttpMethod.GET, new HttpEntity<>(headers), String.class)
                    .getStatusCode().value()).isEqualTo(200);
        }
    }
}
