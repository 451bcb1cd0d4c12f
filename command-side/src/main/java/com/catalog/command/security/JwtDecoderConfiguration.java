package com.catalog.command.security;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Our own keys sign and verify; Boot's {@code spring.security.oauth2.resourceserver.jwt.public-key-location} and
 * {@code jwk-set-uri} add trusted issuers by configuration alone (the dev issuer of the run command and the tests,
 * or Keycloak/Auth0). Every token, whoever signed it, must not be expired and its jti not revoked.
 */
@Configuration(proxyBeanMethods = false)
class JwtDecoderConfiguration {

    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new com.nimbusds.jose.jwk.JWKSet(keys.active())));
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, OAuth2ResourceServerProperties resourceServer,
                          AccessTokenRevocations revocations) {
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefault(), notRevoked(revocations));
        List<JwtDecoder> sources = new ArrayList<>();
        for (RSAPublicKey key : keys.verificationKeys()) {
            sources.add(NimbusJwtDecoder.withPublicKey(key).build());
        }
        OAuth2ResourceServerProperties.Jwt external = resourceServer.getJwt();
        if (external.getPublicKeyLocation() != null) {
            sources.add(NimbusJwtDecoder.withPublicKey(PemKeys.publicKey(PemKeys.read(external.getPublicKeyLocation()))).build());
        }
        if (external.getJwkSetUri() != null) {
            sources.add(NimbusJwtDecoder.withJwkSetUri(external.getJwkSetUri()).build());
        }
        sources.forEach(source -> ((NimbusJwtDecoder) source).setJwtValidator(validator));
        return new TrustedKeysJwtDecoder(sources);
    }

    private static OAuth2TokenValidator<Jwt> notRevoked(AccessTokenRevocations revocations) {
        OAuth2Error revoked = new OAuth2Error("invalid_token", "The token was revoked", null);
        return jwt -> jwt.getId() != null && revocations.isRevoked(jwt.getId())
                ? OAuth2TokenValidatorResult.failure(revoked)
                : OAuth2TokenValidatorResult.success();
    }
}
