package com.catalog.command.security;

import com.catalog.command.security.JwtProperties.SigningKeyLocation;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keys from configuration in production; for dev, one generated and kept in the database (see {@link DevSigningKeyStore}). */
@Configuration(proxyBeanMethods = false)
class SigningKeysConfiguration {

    @Bean
    SigningKeys signingKeys(JwtProperties properties, DevSigningKeyStore devKeys) {
        if (properties.keys().isEmpty()) {
            if (!properties.generateIfMissing()) {
                throw new IllegalStateException("no signing key configured (catalog.security.jwt.keys) and "
                        + "catalog.security.jwt.generate-if-missing is false");
            }
            RSAKey generated = devKeys.loadOrGenerate();
            return new SigningKeys(generated, List.of(generated));
        }
        List<RSAKey> all = new ArrayList<>();
        for (SigningKeyLocation location : properties.keys()) {
            all.add(toJwk(location));
        }
        String activeId = properties.activeKeyId() != null ? properties.activeKeyId() : all.get(0).getKeyID();
        RSAKey active = all.stream().filter(key -> key.getKeyID().equals(activeId) && key.isPrivate()).findFirst()
                .orElseThrow(() -> new IllegalStateException("active signing key " + activeId
                        + " is not configured with a private key"));
        return new SigningKeys(active, all);
    }

    private static RSAKey toJwk(SigningKeyLocation location) {
        if (location.id() == null || location.id().isBlank()) {
            throw new IllegalStateException("every catalog.security.jwt.keys entry needs an id");
        }
        if (location.privateKeyLocation() != null) {
            RSAPrivateCrtKey privateKey = PemKeys.privateKey(PemKeys.read(location.privateKeyLocation()));
            return jwk(new RSAKey.Builder(PemKeys.publicKeyOf(privateKey)).privateKey(privateKey), location.id());
        }
        if (location.publicKeyLocation() == null) {
            throw new IllegalStateException("signing key " + location.id() + " has neither a private nor a public key");
        }
        return jwk(new RSAKey.Builder(PemKeys.publicKey(PemKeys.read(location.publicKeyLocation()))), location.id());
    }

    static RSAKey jwk(RSAKey.Builder builder, String id) {
        return builder.keyID(id).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
    }
}
