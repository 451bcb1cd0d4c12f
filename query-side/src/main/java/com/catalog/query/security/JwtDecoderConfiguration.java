package com.catalog.query.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Trusts the keys of Boot's {@code spring.security.oauth2.resourceserver.jwt.jwk-set-uri} and
 * {@code public-key-location}, both when both are set (Boot alone would use only the first); every token must be
 * unexpired and its jti not revoked.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, RevokedAccessTokens revoked) {
        OAuth2ResourceServerProperties.Jwt configured = resourceServer.getJwt();
        List<NimbusJwtDecoder> sources = new ArrayList<>();
        // the local key first: it answers without the network, even while the issuer's JWKS is unreachable
        if (configured.getPublicKeyLocation() != null) {
            sources.add(NimbusJwtDecoder.withPublicKey(publicKey(configured.getPublicKeyLocation())).build());
        }
        if (configured.getJwkSetUri() != null) {
            sources.add(NimbusJwtDecoder.withJwkSetUri(configured.getJwkSetUri()).build());
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), notRevoked(revoked));
        sources.forEach(source -> source.setJwtValidator(validator));
        return new TrustedKeysJwtDecoder(List.copyOf(sources));
    }

    private static OAuth2TokenValidator<Jwt> notRevoked(RevokedAccessTokens revoked) {
        OAuth2Error error = new OAuth2Error("invalid_token", "The token was revoked", null);
        return jwt -> jwt.getId() != null && revoked.isRevoked(jwt.getId())
                ? OAuth2TokenValidatorResult.failure(error)
                : OAuth2TokenValidatorResult.success();
    }

    private static RSAPublicKey publicKey(Resource pem) {
        try {
            String body = pem.getContentAsString(StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pem.getDescription(), e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("not an RSA public key in X.509 PEM: " + pem.getDescription(), e);
        }
    }
}
