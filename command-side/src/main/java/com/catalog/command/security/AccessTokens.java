package com.catalog.command.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Issues RS256 access tokens with the active key and revokes them. Every issued token gets a row by its
 * {@code jti}; revoking sets {@code revoked_at}, which both apps check (see {@link AccessTokenRevocations}).
 */
@Component
public class AccessTokens {

    public static final String ROLES_CLAIM = "roles";

    private final JwtEncoder encoder;
    private final SigningKeys keys;
    private final JwtProperties properties;
    private final JdbcClient jdbc;
    private final AccessTokenRevocations revocations;
    private final Clock clock = Clock.systemUTC();

    AccessTokens(JwtEncoder encoder, SigningKeys keys, JwtProperties properties, JdbcClient jdbc,
                 AccessTokenRevocations revocations) {
        this.encoder = encoder;
        this.keys = keys;
        this.properties = properties;
        this.jdbc = jdbc;
        this.revocations = revocations;
    }

    /** Issues a token for a session (refresh-token family) and records it, in the caller's transaction. */
    public IssuedAccessToken issue(String userId, Collection<String> roles, UUID familyId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.accessTokenTtl());
        String jti = UUID.randomUUID().toString();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(userId)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .id(jti)
                .claim(ROLES_CLAIM, roles)
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.active().getKeyID()).build();
        String value = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        jdbc.sql("INSERT INTO event_store.access_token (jti, family_id, user_id, expires_at) VALUES (?, ?, ?, ?)")
                .params(jti, familyId, userId, Timestamp.from(expiresAt)).update();
        return new IssuedAccessToken(value, jti, properties.accessTokenTtl());
    }

    /** Revokes one token, ours or another trusted issuer's (then it gets its row now). */
    public void revoke(String jti, String userId, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO event_store.access_token (jti, user_id, expires_at, revoked_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (jti) DO UPDATE SET revoked_at = coalesce(access_token.revoked_at, excluded.revoked_at)""")
                .params(jti, userId, Timestamp.from(expiresAt), Timestamp.from(clock.instant())).update();
        revocations.forgetCachedAnswers();
    }

    /** Rows of tokens expired before {@code cutoff} guard nothing any more: an expired token is refused anyway. */
    public int purgeExpiredBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM event_store.access_token WHERE expires_at < ?").param(Timestamp.from(cutoff)).update();
    }

    public void revokeFamily(UUID familyId) {
        jdbc.sql("UPDATE event_store.access_token SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(clock.instant()), familyId).update();
        revocations.forgetCachedAnswers();
    }

    public void revokeAllOf(String userId) {
        jdbc.sql("UPDATE event_store.access_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ?")
                .params(Timestamp.from(clock.instant()), userId, Timestamp.from(clock.instant())).update();
        revocations.forgetCachedAnswers();
    }
}
