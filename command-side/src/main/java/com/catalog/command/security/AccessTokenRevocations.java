package com.catalog.command.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Is this jti revoked? Asked on every authenticated request, so answers are cached for a short while
 * ({@code catalog.security.jwt.revocation-cache-ttl}): a revocation made by another replica or app takes effect
 * within that time; one made here at once.
 */
@Component
class AccessTokenRevocations {

    private static final long MAX_CACHED = 100_000;

    private final JdbcClient jdbc;
    private final Cache<String, Boolean> answers;

    AccessTokenRevocations(JdbcClient jdbc, JwtProperties properties) {
        this.jdbc = jdbc;
        this.answers = Caffeine.newBuilder().expireAfterWrite(properties.revocationCacheTtl()).maximumSize(MAX_CACHED).build();
    }

    boolean isRevoked(String jti) {
        return answers.get(jti, this::lookUp);
    }

    void forgetCachedAnswers() {
        answers.invalidateAll();
    }

    private boolean lookUp(String jti) {
        return jdbc.sql("SELECT count(*) FROM event_store.access_token WHERE jti = ? AND revoked_at IS NOT NULL")
                .param(jti).query(Long.class).single() > 0;
    }
}
