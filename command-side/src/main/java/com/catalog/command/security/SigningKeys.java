package com.catalog.command.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Objects;

/**
 * This app's token keys: one signs, all are published in the JWKS and accepted, so a rotation can keep the
 * previous key valid until the tokens it signed have expired.
 */
public final class SigningKeys {

    private final RSAKey active;
    private final List<RSAKey> all;

    SigningKeys(RSAKey active, List<RSAKey> all) {
        this.active = Objects.requireNonNull(active, "active");
        this.all = List.copyOf(all);
    }

    RSAKey active() {
        return active;
    }

    /** Public halves only: what {@code /.well-known/jwks.json} serves. */
    JWKSet publicJwks() {
        return new JWKSet(all.stream().map(RSAKey::toPublicJWK).map(key -> (com.nimbusds.jose.jwk.JWK) key).toList());
    }

    List<RSAPublicKey> verificationKeys() {
        return all.stream().map(key -> {
            try {
                return key.toRSAPublicKey();
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
