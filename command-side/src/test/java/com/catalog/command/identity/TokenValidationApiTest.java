package com.catalog.command.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.DevJwtIssuer;
import com.catalog.engines.TestEngines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.junit.jupiter.api.Test;

/** What the resource server refuses, whoever signed the token; and what a BUYER token may not do. */
class TokenValidationApiTest extends IdentityApiTest {

    @Autowired
    JwtEncoder ownKey;

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private String buyerToken() {
        String email = freshEmail();
        registerBuyer(email);
        return signIn(email, PASSWORD).path("access_token").asText();
    }

    @Test
    void our_own_token_is_accepted() {
        assertThat(get("/api/v1/auth/me", buyerToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void an_unsigned_token_with_alg_none_is_refused() {
        String[] parts = buyerToken().split("\\.");
        String none = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";

        assertProblem(get("/api/v1/auth/me", none), 401, "unauthenticated");
    }

    @Test
    void a_tampered_payload_is_refused() {
        String[] parts = buyerToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("BUYER", "ADMIN");
        String tampered = parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertProblem(get("/api/v1/auth/me", tampered), 401, "unauthenticated");
        assertProblem(get("/api/v1/admin/users", tampered), 401, "unauthenticated");
    }

    @Test
    void a_token_signed_by_an_unknown_key_is_refused() throws Exception {
        DevJwtIssuer stranger = DevJwtIssuer.ephemeral(Files.createTempDirectory("stranger-jwt"));

        assertProblem(get("/api/v1/auth/me", stranger.mint("someone", Duration.ofMinutes(5), "ADMIN")), 401, "unauthenticated");
    }

    @Test
    void an_expired_token_signed_with_our_own_key_is_refused() {
        Instant issued = Instant.now().minus(Duration.ofMinutes(20));
        JwtClaimsSet claims = JwtClaimsSet.builder().subject("someone").issuedAt(issued)
                .expiresAt(issued.plus(Duration.ofMinutes(10))).id(UUID.randomUUID().toString())
                .claim("roles", List.of("ADMIN")).build();
        String expired = ownKey.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();

        assertProblem(get("/api/v1/auth/me", expired), 401, "unauthenticated");
    }

    @Test
    void a_trusted_issuers_token_can_be_revoked_by_logout_too() {
        String token = TestEngines.jwt().mint("dev-user", Duration.ofMinutes(5), "BUYER");
        assertProblem(get("/api/v1/auth/me", token), 404, "not-found");

        assertThat(post("/api/v1/auth/logout", "", token).statusCode()).isEqualTo(204);

        assertProblem(get("/api/v1/auth/me", token), 401, "unauthenticated");
    }

    @Test
    void a_buyer_may_not_create_products_nor_use_the_admin_api() {
        String token = buyerToken();

        assertProblem(post("/api/v1/products", "{}", token), 403, "forbidden");
        assertProblem(get("/api/v1/admin/users", token), 403, "forbidden");
    }
}
