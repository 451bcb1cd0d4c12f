package com.catalog.command.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.security.LoginThrottle.Throttle;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofMinutes(15);

    @Test
    void failures_below_the_limit_only_count() {
        Throttle after = new Throttle(3, NOW.minusSeconds(10), 0, Optional.empty()).afterFailure(NOW, 5, FIRST, MAX);

        assertThat(after.failures()).isEqualTo(4);
        assertThat(after.blockedUntil()).isEmpty();
    }

    @Test
    void reaching_the_limit_blocks_for_the_first_block_then_twice_as_long_each_time_up_to_the_maximum() {
        assertThat(blockAfterStrikes(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(blockAfterStrikes(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(blockAfterStrikes(2)).isEqualTo(Duration.ofMinutes(4));
        assertThat(blockAfterStrikes(5)).isEqualTo(MAX);
    }

    @Test
    void a_new_minute_starts_the_count_again() {
        Throttle after = new Throttle(4, NOW.minusSeconds(61), 0, Optional.empty()).afterFailure(NOW, 5, FIRST, MAX);

        assertThat(after.failures()).isEqualTo(1);
        assertThat(after.blockedUntil()).isEmpty();
    }

    @Test
    void strikes_are_forgotten_an_hour_after_the_last_block() {
        Throttle after = new Throttle(4, NOW.minusSeconds(10), 3, Optional.of(NOW.minus(Duration.ofHours(2))))
                .afterFailure(NOW, 5, FIRST, MAX);

        assertThat(after.blockedUntil()).hasValue(NOW.plus(FIRST));
    }

    private static Duration blockAfterStrikes(int strikes) {
        Throttle after = new Throttle(4, NOW.minusSeconds(10), strikes, Optional.of(NOW.minusSeconds(1)))
                .afterFailure(NOW, 5, FIRST, MAX);
        return Duration.between(NOW, after.blockedUntil().orElseThrow());
    }
}
