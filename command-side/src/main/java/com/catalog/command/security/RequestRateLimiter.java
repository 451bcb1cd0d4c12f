package com.catalog.command.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts requests per bucket in fixed one-minute windows, in PostgreSQL: one upsert per request, shared by every
 * replica. A fixed window lets a client send up to twice the limit across a window boundary; acceptable for abuse
 * protection, and it keeps the cost at a single statement.
 */
@Component
class RequestRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final double PRUNE_PROBABILITY = 0.01;

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    RequestRateLimiter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws TooManyRequestsException when this hit is over {@code limit} in the current window */
    void hit(String bucket, int limit) {
        Instant now = clock.instant();
        Instant windowStart = now.truncatedTo(ChronoUnit.MINUTES);
        int hits = jdbc.sql("""
                        INSERT INTO event_store.rate_limit_window (bucket, window_start, hits) VALUES (?, ?, 1)
                        ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
                        RETURNING hits""")
                .params(bucket, Timestamp.from(windowStart)).query(Integer.class).single();
        if (ThreadLocalRandom.current().nextDouble() < PRUNE_PROBABILITY) {
            jdbc.sql("DELETE FROM event_store.rate_limit_window WHERE window_start < ?")
                    .param(Timestamp.from(windowStart.minus(WINDOW))).update();
        }
        if (hits > limit) {
            throw new TooManyRequestsException(Duration.between(now, windowStart.plus(WINDOW)));
        }
    }
}
