package com.catalog.command.identity.session;

import com.catalog.command.identity.AuthenticationFailedException;
import com.catalog.command.identity.UserAccount;
import com.catalog.command.identity.UserAccounts;
import com.catalog.command.security.AccessTokens;
import com.catalog.command.security.IssuedAccessToken;
import com.catalog.command.security.JwtProperties;
import com.catalog.events.user.UserStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions: a sign-in starts a family of refresh tokens; each refresh token works once and is replaced by the
 * next (rotation). Presenting one that was already used means two parties hold it, so the whole family is revoked
 * (OAuth 2.0 Security BCP, refresh token reuse detection), together with every access token it issued.
 */
@Component
public class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);
    private static final String BEARER = "Bearer";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AccessTokens accessTokens;
    private final UserAccounts accounts;
    private final JwtProperties jwt;
    private final Clock clock = Clock.systemUTC();

    Sessions(JdbcClient jdbc, TransactionTemplate transaction, AccessTokens accessTokens, UserAccounts accounts,
             JwtProperties jwt) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.accessTokens = accessTokens;
        this.accounts = accounts;
        this.jwt = jwt;
    }

    /** A new session for a user whose credentials were just checked. */
    public TokenResponse start(UserAccount account) {
        return transaction.execute(status -> {
            UUID family = UUID.randomUUID();
            jdbc.sql("INSERT INTO event_store.session_family (family_id, user_id, created_at) VALUES (?, ?, ?)")
                    .params(family, account.userId(), now()).update();
            return tokens(account, family);
        });
    }

    /** Rotates the refresh token. */
    public TokenResponse refresh(String refreshToken) {
        RefreshOutcome outcome = transaction.execute(status -> rotate(RefreshTokenValues.hash(refreshToken)));
        if (outcome.tokens() == null) {
            throw new AuthenticationFailedException(outcome.failureCode(), outcome.failureMessage());
        }
        return outcome.tokens();
    }

    /**
     * Ends the session the access token belongs to, and the token itself, on both apps. A token without a
     * {@code jti} (some external issuers) cannot be revoked: it simply expires.
     */
    public void logout(Jwt accessToken) {
        if (accessToken.getId() == null) {
            return;
        }
        Instant expiresAt = accessToken.getExpiresAt() != null ? accessToken.getExpiresAt() : clock.instant().plus(jwt.refreshTokenTtl());
        transaction.executeWithoutResult(status -> {
            Optional<UUID> family = jdbc.sql("SELECT family_id FROM event_store.access_token WHERE jti = ?")
                    .param(accessToken.getId()).query(UUID.class).optional();
            family.ifPresent(this::revokeFamily);
            accessTokens.revoke(accessToken.getId(), accessToken.getSubject(), expiresAt);
        });
    }

    /** Every session of the user, e.g. after a password change or a suspension; joins the caller's transaction. */
    public void revokeAllOf(String userId) {
        jdbc.sql("UPDATE event_store.session_family SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
                .params(now(), userId).update();
        accessTokens.revokeAllOf(userId);
    }

    /** Refresh tokens expired before {@code cutoff}, then the session families left without any. */
    public int purgeExpiredBefore(Instant cutoff) {
        int tokens = jdbc.sql("DELETE FROM event_store.refresh_token WHERE expires_at < ?").param(Timestamp.from(cutoff)).update();
        int families = jdbc.sql("""
                        DELETE FROM event_store.session_family f WHERE created_at < ?
                        AND NOT EXISTS (SELECT 1 FROM event_store.refresh_token r WHERE r.family_id = f.family_id)""")
                .param(Timestamp.from(cutoff)).update();
        return tokens + families;
    }

    private RefreshOutcome rotate(byte[] hash) {
        Optional<PresentedToken> presented = jdbc.sql("""
                        SELECT r.family_id, r.expires_at, r.used_at, f.revoked_at, f.user_id
                        FROM event_store.refresh_token r JOIN event_store.session_family f ON f.family_id = r.family_id
                        WHERE r.token_hash = ? FOR UPDATE OF r, f""")
                .param(hash)
                .query((rs, row) -> new PresentedToken(rs.getObject("family_id", UUID.class), rs.getString("user_id"),
                        rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("used_at") != null,
                        rs.getTimestamp("revoked_at") != null))
                .optional();
        if (presented.isEmpty() || presented.get().familyRevoked() || presented.get().expiresAt().isBefore(clock.instant())) {
            return RefreshOutcome.failed("invalid-refresh-token", "The refresh token is unknown, expired or revoked.");
        }
        PresentedToken token = presented.get();
        if (token.used()) {
            log.warn("Refresh token reused: revoking session family {} of user {}", token.familyId(), token.userId());
            revokeFamily(token.familyId());
            return RefreshOutcome.failed("refresh-token-reused",
                    "The refresh token was already used; the session was ended for safety. Sign in again.");
        }
        jdbc.sql("UPDATE event_store.refresh_token SET used_at = ? WHERE token_hash = ?").params(now(), hash).update();
        Optional<UserAccount> account = accounts.byId(token.userId()).filter(a -> a.status() == UserStatus.ACTIVE);
        if (account.isEmpty()) {
            revokeFamily(token.familyId());
            return RefreshOutcome.failed("invalid-refresh-token", "The refresh token is unknown, expired or revoked.");
        }
        return RefreshOutcome.of(tokens(account.get(), token.familyId()));
    }

    private TokenResponse tokens(UserAccount account, UUID family) {
        String refreshToken = RefreshTokenValues.newValue();
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO event_store.refresh_token (token_hash, family_id, expires_at, created_at) VALUES (?, ?, ?, ?)")
                .params(RefreshTokenValues.hash(refreshToken), family, Timestamp.from(now.plus(jwt.refreshTokenTtl())),
                        Timestamp.from(now))
                .update();
        IssuedAccessToken access = accessTokens.issue(account.userId(), List.of(account.role().name()), family);
        return new TokenResponse(access.value(), refreshToken, BEARER, access.expiresIn().toSeconds());
    }

    private void revokeFamily(UUID family) {
        jdbc.sql("UPDATE event_store.session_family SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL")
                .params(now(), family).update();
        accessTokens.revokeFamily(family);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private record PresentedToken(UUID familyId, String userId, Instant expiresAt, boolean used, boolean familyRevoked) {
    }

    private record RefreshOutcome(TokenResponse tokens, String failureCode, String failureMessage) {

        static RefreshOutcome of(TokenResponse tokens) {
            return new RefreshOutcome(tokens, null, null);
        }

        static RefreshOutcome failed(String code, String message) {
            return new RefreshOutcome(null, code, message);
        }
    }
}
