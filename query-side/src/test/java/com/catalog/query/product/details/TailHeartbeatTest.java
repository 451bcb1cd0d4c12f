package com.catalog.query.product.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TailHeartbeatTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TailHeartbeat heartbeat = new TailHeartbeat(Duration.ofSeconds(10), now::get);

    @Test
    void a_tail_is_alive_until_it_has_been_silent_for_the_whole_silence() {
        assertThat(heartbeat.alive()).as("just started").isTrue();
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(heartbeat.alive()).isTrue();
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(heartbeat.alive()).as("silent for 10 s").isFalse();
    }

    @Test
    void a_beat_brings_a_silent_tail_back() {
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(heartbeat.alive()).isFalse();
        heartbeat.beat();
        assertThat(heartbeat.alive()).isTrue();
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThat(heartbeat.alive()).isFalse();
    }
}
