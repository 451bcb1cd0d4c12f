package com.catalog.query.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.DevJwtIssuer;
import com.catalog.engines.TestEngines;
import com.catalog.query.QuerySideEngines;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The query side trusts an issuer's JWKS (here a stand-in issuer serving its keys over HTTP, configured by
 * jwk-set-uri alone) next to the dev issuer's public key, and refuses unsigned, tampered, foreign, expired and
 * revoked tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenValidationIntegrationTest {

    private static final String ADMIN_ONLY = "/api/v1/integration/events?after=0&limit=1";
    private static final RSAKey ISSUER_KEY = generate();
    private static final String SHOP = "https://shop.example.test";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Autowired TestRestTemplate http;
    @Autowired JdbcClient jdbc;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TokenValidationIntegrationTest::serveJwks);
        registry.add("catalog.security.cors.allowed-origins", () -> SHOP);
    }

    @Test
    void a_token_of_the_jwks_issuer_and_one_of_the_configured_key_are_both_accepted() {
        assertThat(call(issuerToken(Instant.now(), Duration.ofMinutes(5), UUID.randomUUID().toString())).getStatusCode().value())
                .isEqualTo(200);
        assertThat(call(TestEngines.jwt().mint("admin", Duration.ofMinutes(5), "ADMIN")).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void alg_none_a_tampered_payload_a_foreign_key_and_an_expired_token_are_401() throws IOException {
        String[] parts = TestEngines.jwt().mint("buyer", Duration.ofMinutes(5), "BUYER").split("\\.");
        String none = B64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("BUYER", "ADMIN");
        String tampered = parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String foreign = DevJwtIssuer.ephemeral(Files.createTempDirectory("foreign")).mint("admin", Duration.ofMinutes(5), "ADMIN");
        String expired = issuerToken(Instant.now().minus(Duration.ofMinutes(20)), Duration.ofMinutes(10), UUID.randomUUID().toString());

        for (String token : List.of(none, tampered, foreign, expired)) {
            ResponseEntity<String> response = call(token);
            assertThat(response.getStatusCode().value()).as(token).isEqualTo(401);
            assertThat(response.getBody()).contains("\"code\":\"unauthenticated\"");
        }
    }

    @Test
    void a_token_revoked_on_the_command_side_stops_working_here_within_the_cache_time() throws InterruptedException {
        String jti = UUID.randomUUID().toString();
        String token = issuerToken(Instant.now(), Duration.ofMinutes(5), jti);
        assertThat(call(token).getStatusCode().value()).isEqualTo(200);

        jdbc.sql("INSERT INTO event_store.access_token (jti, user_id, expires_at, revoked_at) VALUES (?, 'admin', ?, now())")
                .params(jti, Timestamp.from(Instant.now().plus(Duration.ofMinutes(5)))).update();

        int status = 200;
        for (Instant deadline = Instant.now().plusSeconds(10); status == 200 && Instant.now().isBefore(deadline); ) {
            Thread.sleep(200);
            status = call(token).getStatusCode().value();
        }
        assertThat(status).isEqualTo(401);
    }

    @Test
    void answers_carry_security_headers_and_cors_only_for_the_configured_origin() {
        HttpHeaders shop = new HttpHeaders();
        shop.setOrigin(SHOP);
        HttpHeaders stranger = new HttpHeaders();
        stranger.setOrigin("https://evil.example");

        ResponseEntity<String> fromShop = http.exchange("/api/v1/products/" + UUID.randomUUID(), HttpMethod.GET,
                new HttpEntity<>(shop), String.class);
        ResponseEntity<String> fromStranger = http.exchange("/api/v1/products/" + UUID.randomUUID(), HttpMethod.GET,
                new HttpEntity<>(stranger), String.class);

        assertThat(fromShop.getHeaders().getAccessControlAllowOrigin()).isEqualTo(SHOP);
        assertThat(fromShop.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(fromShop.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(fromShop.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(fromStranger.getStatusCode().value()).isEqualTo(403);
        assertThat(fromStranger.getHeaders().getAccessControlAllowOrigin()).isNull();
    }

    private ResponseEntity<String> call(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(ADMIN_ONLY, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static String issuerToken(Instant issuedAt, Duration ttl, String jti) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("https://issuer.example").subject("admin")
                .issuedAt(issuedAt).expiresAt(issuedAt.plus(ttl)).id(jti).claim("roles", List.of("ADMIN")).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(ISSUER_KEY)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(ISSUER_KEY.getKeyID()).build(), claims))
                .getTokenValue();
    }

    /** A stand-in for Keycloak/Auth0/the command side: publishes the public key at a JWKS URL. */
    private static String serveJwks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] jwks = new JWKSet(ISSUER_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks.json", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("issuer-key-1").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
