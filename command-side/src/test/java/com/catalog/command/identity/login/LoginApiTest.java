package com.catalog.command.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.IdentityApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginApiTest extends IdentityApiTest {

    @Test
    void signing_in_answers_oauth2_token_fields_with_an_rs256_jwt_carrying_kid_sub_roles_and_jti() throws Exception {
        String email = freshEmail();
        String id = registerBuyer(email);

        HttpResponse<String> response = login(email.toUpperCase(), PASSWORD);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        JsonNode tokens = bodyOf(response);
        assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.path("expires_in").asLong()).isEqualTo(600);
        assertThat(tokens.path("refresh_token").asText()).hasSizeGreaterThanOrEqualTo(43);
        SignedJWT jwt = SignedJWT.parse(tokens.path("access_token").asText());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(id);
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("BUYER");
        assertThat(jwt.getJWTClaimsSet().getJWTID()).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().getTime() - jwt.getJWTClaimsSet().getIssueTime().getTime())
                .isEqualTo(600_000);
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.refresh_token WHERE token_hash = sha256(convert_to(?, 'UTF8'))")
                .param(tokens.path("refresh_token").asText()).query(Long.class).single())
                .as("only the refresh token's hash is stored").isEqualTo(1);
    }

    @Test
    void the_jwks_publishes_the_signing_key_by_its_kid() throws Exception {
        String kid = SignedJWT.parse(signIn(ADMIN_EMAIL, ADMIN_PASSWORD).path("access_token").asText()).getHeader().getKeyID();

        HttpResponse<String> jwks = get("/.well-known/jwks.json", null);

        assertThat(jwks.statusCode()).isEqualTo(200);
        JsonNode key = bodyOf(jwks).path("keys").get(0);
        assertThat(key.path("kid").asText()).isEqualTo(kid);
        assertThat(key.path("kty").asText()).isEqualTo("RSA");
        assertThat(key.has("d")).as("no private part").isFalse();
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_401() {
        String email = freshEmail();
        registerBuyer(email);

        HttpResponse<String> wrongPassword = login(email, "not the right password");
        HttpResponse<String> unknownEmail = login(freshEmail(), PASSWORD);

        assertProblem(wrongPassword, 401, "invalid-credentials");
        assertProblem(unknownEmail, 401, "invalid-credentials");
        assertThat(bodyOf(wrongPassword).path("detail")).isEqualTo(bodyOf(unknownEmail).path("detail"));
    }

    @Test
    void an_empty_body_is_400() {
        assertProblem(post("/api/v1/auth/login", "{}", null), 400, "invalid-request");
    }

    @Test
    void response_times_do_not_tell_known_from_unknown_emails() {
        String known = freshEmail();
        registerBuyer(known);
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            knownTimes.add(timeOf(() -> login(known, "wrong password " + Math.random())));
            unknownTimes.add(timeOf(() -> login(freshEmail(), "wrong password " + Math.random())));
        }

        long knownMedian = median(knownTimes);
        long unknownMedian = median(unknownTimes);
        System.out.printf("login medians: known email %d µs, unknown email %d µs%n", knownMedian, unknownMedian);
        // generous: a shared CI machine is noisy; without the decoy hash the unknown email skips bcrypt entirely
        assertThat((double) Math.max(knownMedian, unknownMedian) / Math.max(1, Math.min(knownMedian, unknownMedian)))
                .as("medians known=%d µs unknown=%d µs", knownMedian, unknownMedian).isLessThan(2.0);
    }

    private static long timeOf(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
