package com.catalog.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalog.engines.PostgresDatabase;
import com.catalog.engines.TestEngines;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two limiters sharing one table are two replicas of an app; flushes are called by hand, as the scheduler would.
 * Real PostgreSQL, a table of its own per test.
 */
class SlidingWindowLimiterTest {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final Duration FLUSH = Duration.ofMillis(300);
    private static final int LIMIT = 10;
    /** A window boundary: windows start at multiples of their length since the epoch. */
    private static final Instant WINDOW_START = Instant.parse("2026-01-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(WINDOW_START.plusSeconds(1));
    private JdbcTemplate jdbc;
    private String table;

    @BeforeEach
    void table() {
        PostgresDatabase database = TestEngines.postgres();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        table = "rate_limit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("CREATE TABLE " + table + " (bucket VARCHAR(300) NOT NULL, window_start TIMESTAMPTZ NOT NULL, "
                + "hits INTEGER NOT NULL, PRIMARY KEY (bucket, window_start))");
    }

    private SlidingWindowLimiter replica() {
        return new SlidingWindowLimiter(new SharedCounterTable(jdbc, table), clock, WINDOW, FLUSH);
    }

    private static int admitted(SlidingWindowLimiter limiter, String bucket, int attempts) {
        int admitted = 0;
        for (int i = 0; i < attempts; i++) {
            admitted += limiter.tryAcquire(bucket, LIMIT).allowed() ? 1 : 0;
        }
        return admitted;
    }

    @Test
    void one_replica_admits_exactly_the_limit_and_says_when_to_come_back() {
        SlidingWindowLimiter limiter = replica();

        assertThat(admitted(limiter, "ip:a", 15)).isEqualTo(LIMIT);

        RateLimitDecision refused = limiter.tryAcquire("ip:a", LIMIT);
        assertThat(refused.allowed()).isFalse();
        // all ten hits are in this window: it must end (59 s) and a tenth of the next one pass (6 s)
        assertThat(refused.retryAfterSeconds()).isEqualTo(65);
        assertThat(limiter.tryAcquire("ip:b", LIMIT).allowed()).as("another bucket").isTrue();
    }

    @Test
    void two_replicas_sharing_the_table_hold_the_limit_together_within_one_flush_of_each() {
        SlidingWindowLimiter first = replica();
        SlidingWindowLimiter second = replica();
        assertThat(admitted(first, "ip:c", 6)).isEqualTo(6);
        first.flush();

        assertThat(admitted(second, "ip:c", 1)).isEqualTo(1);
        second.flush(); // learns the first replica's six
        assertThat(admitted(second, "ip:c", 10)).isEqualTo(3);
        second.flush();

        // the first replica last heard 6: what it admits before its next flush is the documented overshoot
        assertThat(admitted(first, "ip:c", 1)).isEqualTo(1);
        first.flush();
        assertThat(admitted(first, "ip:c", 10)).isZero();
        assertThat(jdbc.queryForObject("SELECT sum(hits) FROM " + table + " WHERE bucket = 'ip:c'", Long.class))
                .isEqualTo(LIMIT + 1);
    }

    @Test
    void the_window_slides_so_a_boundary_does_not_let_twice_the_limit_through() {
        SlidingWindowLimiter first = replica();
        SlidingWindowLimiter second = replica();
        clock.set(WINDOW_START.plusSeconds(59));
        assertThat(admitted(first, "ip:d", LIMIT)).isEqualTo(LIMIT);
        first.flush();

        clock.set(WINDOW_START.plus(WINDOW).plusSeconds(1));
        assertThat(admitted(first, "ip:d", LIMIT)).as("just after the boundary the last window still counts fully")
                .isZero();
        assertThat(second.tryAcquire("ip:d", LIMIT).allowed()).as("a replica that has not heard yet").isTrue();
        second.flush();
        assertThat(second.tryAcquire("ip:d", LIMIT).allowed()).isFalse();

        clock.set(WINDOW_START.plus(WINDOW).plusSeconds(30));
        // half of the last window's ten still weighs; the first replica has not heard of the second one's hit yet
        assertThat(admitted(first, "ip:d", LIMIT)).isEqualTo(5);
        first.flush();
        assertThat(first.tryAcquire("ip:d", LIMIT).allowed()).isFalse();
    }

    @Test
    void without_postgresql_the_limit_still_holds_per_replica_and_the_hits_are_kept_for_later() {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(new SharedCounterTable(jdbc, "no_such_table"), clock, WINDOW, FLUSH);
        assertThat(admitted(limiter, "ip:e", 4)).isEqualTo(4);

        assertThatThrownBy(limiter::flush).isInstanceOf(RuntimeException.class);

        assertThat(admitted(limiter, "ip:e", LIMIT)).as("the four hits were not lost with the flush").isEqualTo(6);
    }

    /**
     * The race behind a flaky gateway test: a flush takes the pending hits and sends them; a request that came while
     * PostgreSQL had not answered yet was decided without them, and was admitted over the limit.
     */
    @Test
    void a_request_during_a_flush_still_counts_the_hits_the_flush_is_sending() {
        AtomicReference<Runnable> atConnection = new AtomicReference<>(() -> { });
        DataSource plain = jdbc.getDataSource();
        DataSource watched = new DelegatingDataSource(plain) {
            @Override
            public Connection getConnection() throws SQLException {
                atConnection.get().run();
                return super.getConnection();
            }
        };
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(new SharedCounterTable(new JdbcTemplate(watched), table),
                clock, WINDOW, FLUSH);
        assertThat(admitted(limiter, "ip:f", LIMIT)).isEqualTo(LIMIT);
        AtomicReference<RateLimitDecision> duringFlush = new AtomicReference<>();
        atConnection.set(() -> duringFlush.compareAndSet(null, limiter.tryAcquire("ip:f", LIMIT)));

        limiter.flush();

        assertThat(duringFlush.get().allowed()).as("decided while the flush was on its way to PostgreSQL").isFalse();
        assertThat(limiter.tryAcquire("ip:f", LIMIT).allowed()).as("after the answer").isFalse();
    }

    @Test
    void a_table_name_that_is_not_an_identifier_is_refused() {
        assertThatThrownBy(() -> new SharedCounterTable(jdbc, "counters; DROP TABLE x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
