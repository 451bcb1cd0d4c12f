package com.catalog.command.security;

import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Accepts a token signed by any trusted source: this app's own keys, a configured public key (the dev/test
 * issuer) or an external issuer's JWKS. A token whose signature verified but failed validation (expired,
 * revoked) is refused at once, not offered to the next source.
 */
final class TrustedKeysJwtDecoder implements JwtDecoder {

    private final List<JwtDecoder> sources;

    TrustedKeysJwtDecoder(List<JwtDecoder> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("at least one trusted key source is needed");
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
