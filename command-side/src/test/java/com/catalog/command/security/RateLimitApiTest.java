package com.catalog.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.IdentityApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The limits against the running app and its PostgreSQL counters. Every call goes out from a loopback address of
 * its own: 127.0.0.1's counters are shared with the other test classes of this JVM (one database).
 */
@AutoConfigureObservability(tracing = false) // the rejections are read from the Prometheus scrape
class RateLimitApiTest extends IdentityApiTest {

    private static final int PER_IP = 30;

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        registry.add("catalog.security.rate-limit.requests-per-minute-per-ip", () -> PER_IP);
        registry.add("catalog.security.rate-limit.login-failures-per-account", () -> 5);
        registry.add("catalog.security.rate-limit.login-failures-per-ip", () -> 8);
    }

    private LoopbackClient client() {
        return LoopbackClient.fromFreshAddress(port);
    }

    private String register(String email) {
        LoopbackClient.Response response = client().post("/api/v1/auth/register", registration(email, PASSWORD, "Ana", "BUYER"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return email;
    }

    private static String loginBody(String email, String password) {
        return "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}";
    }

    @Test
    void five_failed_sign_ins_to_one_account_block_it_with_429_and_retry_after_even_for_the_right_password() {
        String email = freshEmail();
        register(email);
        LoopbackClient client = client();
        for (int i = 0; i < 5; i++) {
            assertThat(client.post("/api/v1/auth/login", loginBody(email, "wrong password " + i)).status()).isEqualTo(401);
        }

        LoopbackClient.Response blocked = client().post("/api/v1/auth/login", loginBody(email, PASSWORD));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.headers().get("retry-after"))).isBetween(50L, 60L);
        assertThat(blocked.body()).contains("\"code\":\"too-many-requests\"");
    }

    @Test
    void each_block_in_a_row_lasts_twice_as_long() {
        String email = freshEmail();
        LoopbackClient client = client();
        for (int i = 0; i < 5; i++) {
            client.post("/api/v1/auth/login", loginBody(email, "wrong password " + i));
        }
        jdbc.sql("UPDATE event_store.login_throttle SET blocked_until = now() - interval '1 second' WHERE bucket = ?")
                .param("account:" + email).update();
        client = client(); // the first address has used up most of its per-IP allowance
        for (int i = 0; i < 5; i++) {
            assertThat(client.post("/api/v1/auth/login", loginBody(email, "wrong again " + i)).status()).isEqualTo(401);
        }

        LoopbackClient.Response blocked = client.post("/api/v1/auth/login", loginBody(email, "wrong again"));

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.headers().get("retry-after"))).isBetween(110L, 120L);
    }

    @Test
    void failed_sign_ins_from_one_ip_across_accounts_block_that_ip() {
        LoopbackClient client = client();
        for (int i = 0; i < 8; i++) {
            assertThat(client.post("/api/v1/auth/login", loginBody(freshEmail(), "wrong password")).status()).isEqualTo(401);
        }

        assertThat(client.post("/api/v1/auth/login", loginBody(freshEmail(), "wrong password")).status()).isEqualTo(429);
        assertThat(client().post("/api/v1/auth/login", loginBody(freshEmail(), "wrong password")).status())
                .as("another IP is not affected").isEqualTo(401);
    }

    @Test
    void a_successful_sign_in_clears_the_account_s_failures() {
        String email = freshEmail();
        register(email);
        LoopbackClient client = client();
        for (int i = 0; i < 4; i++) {
            client.post("/api/v1/auth/login", loginBody(email, "wrong password " + i));
        }
        assertThat(client.post("/api/v1/auth/login", loginBody(email, PASSWORD)).status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            assertThat(client.post("/api/v1/auth/login", loginBody(email, "wrong password " + i)).status()).isEqualTo(401);
        }
    }

    @Test
    void the_global_limit_answers_429_per_ip_and_counts_the_rejections() {
        LoopbackClient client = client();
        LoopbackClient.Response last = null;
        // the window slides: a boundary in between does not let more through, so limit + 1 requests reach it
        for (int i = 0; i <= PER_IP; i++) {
            last = client.get("/api/v1/auth/me");
        }

        assertThat(last.status()).isEqualTo(429);
        // sliding window: a full current window only weighs little enough well into the next one, so up to two windows
        assertThat(Long.parseLong(last.headers().get("retry-after"))).isBetween(1L, 120L);
        assertThat(last.body()).contains("too-many-requests");
        assertThat(client().get("/api/v1/auth/me").status()).as("another IP is not affected").isEqualTo(401);
        assertThat(get("/actuator/prometheus", null).body()).containsPattern(
                "catalog_rate_limit_rejections_total\\{[^}]*limit=\"global-ip\"[^}]*} [1-9]");
    }

    @Test
    void the_limits_hold_across_replicas_because_the_counters_are_in_postgresql() {
        String email = "replica-" + UUID.randomUUID() + "@example.com";
        LoopbackClient client = client();
        for (int i = 0; i < 5; i++) {
            client.post("/api/v1/auth/login", loginBody(email, "wrong password"));
        }

        assertThat(jdbc.sql("SELECT blocked_until > now() FROM event_store.login_throttle WHERE bucket = ?")
                .param("account:" + email).query(Boolean.class).single()).isTrue();
    }
}
