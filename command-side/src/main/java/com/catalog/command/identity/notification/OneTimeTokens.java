package com.catalog.command.identity.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring tokens for email verification and password reset: 256 random bits, stored as SHA-256
 * only. Issuing one retires the user's earlier unused tokens of the same purpose; redeeming is one atomic update,
 * so a token works once even when presented twice at the same moment.
 */
@Component
public class OneTimeTokens {

    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    OneTimeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the token's value, to be sent to the user and nowhere else (never logged) */
    public IssuedToken issue(String userId, TokenPurpose purpose, Duration ttl) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE event_store.one_time_token SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL")
                .params(Timestamp.from(now), userId, purpose.name()).update();
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(ttl);
        jdbc.sql("""
                        INSERT INTO event_store.one_time_token (token_hash, user_id, purpose, expires_at, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(hash(value), userId, purpose.name(), Timestamp.from(expiresAt), Timestamp.from(now)).update();
        return new IssuedToken(value, expiresAt);
    }

    /** @return the user the token was issued to, if it is of this purpose, unused and unexpired; it is used up now */
    public Optional<String> redeem(String value, TokenPurpose purpose) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE event_store.one_time_token SET used_at = ?
                        WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
                        RETURNING user_id""")
                .params(Timestamp.from(now), hash(value), purpose.name(), Timestamp.from(now))
                .query(String.class).optional();
    }

    public int purgeExpiredBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM event_store.one_time_token WHERE expires_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private static byte[] hash(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @param value the secret; {@code toString} leaves it out, so a stray log line cannot leak it */
    public record IssuedToken(String value, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedToken[expiresAt=" + expiresAt + "]";
        }
    }
}
