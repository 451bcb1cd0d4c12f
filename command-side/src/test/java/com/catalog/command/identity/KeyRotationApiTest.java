package com.catalog.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production keys from configuration, mid-rotation: the new key signs, the old one is still published and
 * accepted so tokens it signed keep working until they expire.
 */
class KeyRotationApiTest extends IdentityApiTest {

    private static final KeyPair OLD = generate();
    private static final KeyPair NEW = generate();

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        Path dir = tempDir();
        registry.add("catalog.security.jwt.keys[0].id", () -> "key-2026-11");
        registry.add("catalog.security.jwt.keys[0].private-key-location", () -> pem(dir.resolve("new.pem"), NEW).toUri().toString());
        registry.add("catalog.security.jwt.keys[1].id", () -> "key-2026-10");
        registry.add("catalog.security.jwt.keys[1].private-key-location", () -> pem(dir.resolve("old.pem"), OLD).toUri().toString());
        registry.add("catalog.security.jwt.active-key-id", () -> "key-2026-11");
        registry.add("catalog.security.jwt.generate-if-missing", () -> "false");
    }

    @Test
    void the_jwks_publishes_both_keys_and_new_tokens_carry_the_new_kid() throws Exception {
        List<String> kids = bodyOf(get("/.well-known/jwks.json", null)).path("keys").findValuesAsText("kid");
        assertThat(kids).containsExactlyInAnyOrder("key-2026-11", "key-2026-10");

        String token = signIn(ADMIN_EMAIL, ADMIN_PASSWORD).path("access_token").asText();

        assertThat(SignedJWT.parse(token).getHeader().getKeyID()).isEqualTo("key-2026-11");
    }

    @Test
    void a_token_signed_by_the_previous_key_is_still_accepted() {
        String email = freshEmail();
        String id = registerBuyer(email);
        RSAKey old = new RSAKey.Builder((RSAPublicKey) OLD.getPublic()).privateKey((RSAPrivateKey) OLD.getPrivate())
                .keyID("key-2026-10").build();
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().subject(id).issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5)))
                .id(UUID.randomUUID().toString()).claim("roles", List.of("BUYER")).build();
        String token = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(old)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("key-2026-10").build(), claims))
                .getTokenValue();

        assertThat(get("/api/v1/auth/me", token).statusCode()).isEqualTo(200);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("jwt-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path pem(Path file, KeyPair keys) {
        try {
            Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
