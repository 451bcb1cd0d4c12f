package com.catalog.query.product.details;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PageLifetimeTest {

    private static final Duration TTL = Duration.ofMinutes(5);
    private final PageLifetime<String, String> lifetime = new PageLifetime<>(TTL);

    @Test
    void a_kept_page_lives_between_half_the_ttl_and_all_of_it_and_pages_kept_together_spread_out() {
        Set<Long> drawn = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            long created = lifetime.expireAfterCreate("p", "page", 0);
            long updated = lifetime.expireAfterUpdate("p", "page", 0, created);
            assertThat(created).isBetween(TTL.toNanos() / 2, TTL.toNanos());
            assertThat(updated).isBetween(TTL.toNanos() / 2, TTL.toNanos());
            drawn.add(created / Duration.ofSeconds(1).toNanos());
        }
        // 10,000 pages kept in the same instant expire over most of the 150 s window, not in one second
        assertThat(drawn).hasSizeGreaterThan(140);
    }

    @Test
    void reading_a_page_does_not_extend_its_life() {
        assertThat(lifetime.expireAfterRead("p", "page", 0, 42L)).isEqualTo(42L);
    }
}
