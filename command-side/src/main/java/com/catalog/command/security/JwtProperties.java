package com.catalog.command.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How this app issues and checks its own access tokens.
 *
 * @param issuer             {@code iss} of the tokens it issues
 * @param accessTokenTtl     lifetime of an access token
 * @param refreshTokenTtl    lifetime of a refresh token (each rotation starts a new one)
 * @param activeKeyId        which configured key signs; the others are published and accepted only (rotation overlap)
 * @param keys               production keys (PEM files); empty: a key is generated once and kept in the database
 * @param generateIfMissing  false in production, so a missing key configuration fails the start instead of
 *                           silently generating one
 * @param revocationCacheTtl how long a "not revoked" answer for a jti is trusted before the table is asked again
 */
@ConfigurationProperties("catalog.security.jwt")
public record JwtProperties(
        @DefaultValue("catalog") String issuer,
        @DefaultValue("10m") Duration accessTokenTtl,
        @DefaultValue("14d") Duration refreshTokenTtl,
        String activeKeyId,
        @DefaultValue List<SigningKeyLocation> keys,
        @DefaultValue("true") boolean generateIfMissing,
        @DefaultValue("2s") Duration revocationCacheTtl) {

    /**
     * @param id                 the {@code kid}
     * @param privateKeyLocation PKCS#8 PEM; absent for a retired key that only verifies during the overlap
     * @param publicKeyLocation  X.509 PEM; needed only when there is no private key
     */
    public record SigningKeyLocation(String id, Resource privateKeyLocation, Resource publicKeyLocation) {
    }
}
