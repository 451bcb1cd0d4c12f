package com.catalog.query.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tokens revoked on the command side (logout, reuse of a refresh token, password change, suspension) are listed
 * by jti in {@code event_store.access_token}, in the database this app already reads the events from. Answers
 * are cached for {@code catalog.security.revocation-cache-ttl} (2 s by default): the delay before a revocation
 * also holds here. A database error refuses the token (fail closed).
 */
@Component
class RevokedAccessTokens {

    private static final long MAX_CACHED = 100_000;

    private final JdbcClient jdbc;
    private final Cache<String, Boolean> answers;

    RevokedAccessTokens(JdbcClient jdbc, @Value("${catalog.security.revocation-cache-ttl:2s}") Duration ttl) {
        this.jdbc = jdbc;
        this.answers = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_CACHED).build();
    }

    boolean isRevoked(String jti) {
        return answers.get(jti, this::lookUp);
    }

    private boolean lookUp(String jti) {
        return jdbc.sql("SELECT count(*) FROM event_store.access_token WHERE jti = ? AND revoked_at IS NOT NULL")
                .param(jti).query(Long.class).single() > 0;
    }
}
