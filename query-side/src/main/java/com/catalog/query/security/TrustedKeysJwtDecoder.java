package com.catalog.query.security;

import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Accepts a token signed by any configured source: the issuer's JWKS ({@code jwk-set-uri}: the command side, or
 * Keycloak/Auth0) and a configured public key ({@code public-key-location}: the dev/test issuer). A token whose
 * signature verified but failed validation (expired, revoked) is refused at once.
 */
final class TrustedKeysJwtDecoder implements JwtDecoder {

    private final List<JwtDecoder> sources;

    TrustedKeysJwtDecoder(List<JwtDecoder> sources) {
        if (sources.isEmpty()) {
            throw new IllegalStateException("no JWT verification key: set spring.security.oauth2.resourceserver.jwt."
                    + "jwk-set-uri (e.g. the command side's /.well-known/jwks.json) or public-key-location");
        }
        this.sources = List.copyOf(sources);
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        JwtException last = null;
        for (JwtDecoder source : sources) {
            try {
                return source.decode(token);
            } catch (JwtValidationException invalid) {
                throw invalid;
            } catch (JwtException wrongKeyOrSourceUnavailable) {
                last = wrongKeyOrSourceUnavailable;
            }
        }
        throw last;
    }
}
