package com.catalog.command.security;

import com.catalog.ratelimit.RateLimitRejections;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins per account and per IP, in PostgreSQL so every replica sees them. Reaching the limit within a
 * minute blocks the bucket; each block in a row lasts twice as long as the one before (up to a maximum), and a
 * successful sign-in clears the account's record. Unknown emails are counted like known ones, so the limit
 * reveals nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** A bucket left alone this long starts again from the first (shortest) block. */
    private static final Duration STRIKES_FORGOTTEN_AFTER = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final RateLimitProperties limits;
    private final RateLimitRejections rejections;
    private final Clock clock = Clock.systemUTC();

    LoginThrottle(JdbcClient jdbc, TransactionTemplate transaction, RateLimitProperties limits, RateLimitRejections rejections) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.limits = limits;
        this.rejections = rejections;
    }

    /** @throws TooManyRequestsException while the IP or the account is blocked */
    public void requireAllowed(String ip, String email) {
        if (!limits.enabled()) {
            return;
        }
        Instant now = clock.instant();
        for (String bucket : new String[] {ipBucket(ip), accountBucket(email)}) {
            Optional<Instant> blockedUntil = jdbc.sql("SELECT blocked_until FROM event_store.login_throttle WHERE bucket = ?")
                    .param(bucket).query((rs, row) -> rs.getTimestamp("blocked_until"))
                    .optional().map(Timestamp::toInstant);
            if (blockedUntil.isPresent() && blockedUntil.get().isAfter(now)) {
                rejections.count(bucket.startsWith("ip:") ? "login-ip" : "login-account");
                throw new TooManyRequestsException(Duration.between(now, blockedUntil.get()));
            }
        }
    }

    public void recordFailure(String ip, String email) {
        if (!limits.enabled()) {
            return;
        }
        recordFailure(ipBucket(ip), limits.loginFailuresPerIp());
        recordFailure(accountBucket(email), limits.loginFailuresPerAccount());
    }

    /** Buckets neither blocked nor counting since {@code cutoff}; their strikes would be forgotten anyway. */
    public int purgeIdleSince(Instant cutoff) {
        return jdbc.sql("""
                        DELETE FROM event_store.login_throttle
                        WHERE window_start < ? AND (blocked_until IS NULL OR blocked_until < ?)""")
                .params(Timestamp.from(cutoff), Timestamp.from(cutoff.minus(STRIKES_FORGOTTEN_AFTER))).update();
    }

    public void recordSuccess(String email) {
        jdbc.sql("DELETE FROM event_store.login_throttle WHERE bucket = ?").param(accountBucket(email)).update();
    }

    private void recordFailure(String bucket, int limit) {
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            jdbc.sql("""
                            INSERT INTO event_store.login_throttle (bucket, failures, window_start, strikes) VALUES (?, 0, ?, 0)
                            ON CONFLICT (bucket) DO NOTHING""")
                    .params(bucket, Timestamp.from(now)).update();
            Throttle current = jdbc.sql("""
                            SELECT failures, window_start, strikes, blocked_until FROM event_store.login_throttle
                            WHERE bucket = ? FOR UPDATE""")
                    .param(bucket)
                    .query((rs, row) -> new Throttle(rs.getInt("failures"), rs.getTimestamp("window_start").toInstant(),
                            rs.getInt("strikes"), Optional.ofNullable(rs.getTimestamp("blocked_until")).map(Timestamp::toInstant)))
                    .single();
            Throttle next = current.afterFailure(now, limit, limits.firstBlock(), limits.maxBlock());
            jdbc.sql("""
                            UPDATE event_store.login_throttle SET failures = ?, window_start = ?, strikes = ?, blocked_until = ?
                            WHERE bucket = ?""")
                    .params(next.failures(), Timestamp.from(next.windowStart()), next.strikes(),
                            next.blockedUntil().map(Timestamp::from).orElse(null), bucket)
                    .update();
        });
    }

    private static String ipBucket(String ip) {
        return "ip:" + ip;
    }

    private static String accountBucket(String email) {
        return "account:" + email.strip().toLowerCase(Locale.ROOT);
    }

    /** One bucket's state; {@link #afterFailure} is the whole back-off rule. */
    record Throttle(int failures, Instant windowStart, int strikes, Optional<Instant> blockedUntil) {

        Throttle afterFailure(Instant now, int limit, Duration firstBlock, Duration maxBlock) {
            boolean windowOver = !now.isBefore(windowStart.plus(WINDOW));
            int failuresNow = (windowOver ? 0 : failures) + 1;
            Instant start = windowOver ? now : windowStart;
            int strikesNow = blockedUntil.filter(until -> until.plus(STRIKES_FORGOTTEN_AFTER).isBefore(now)).isPresent() ? 0 : strikes;
            if (failuresNow < limit) {
                return new Throttle(failuresNow, start, strikesNow, blockedUntil);
            }
            Duration block = firstBlock.multipliedBy(1L << Math.min(strikesNow, 20));
            Duration capped = block.compareTo(maxBlock) > 0 ? maxBlock : block;
            return new Throttle(0, now, strikesNow + 1, Optional.of(now.plus(capped)));
        }
    }
}
