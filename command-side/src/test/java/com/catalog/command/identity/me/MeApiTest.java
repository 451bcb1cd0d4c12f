package com.catalog.command.identity.me;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.IdentityApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class MeApiTest extends IdentityApiTest {

    @Test
    void me_shows_the_signed_in_user_without_the_password_hash() {
        String email = freshEmail();
        String id = registerBuyer(email);

        HttpResponse<String> response = get("/api/v1/auth/me", signIn(email, PASSWORD).path("access_token").asText());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = bodyOf(response);
        assertThat(me.path("id").asText()).isEqualTo(id);
        assertThat(me.path("email").asText()).isEqualTo(email);
        assertThat(me.path("role").asText()).isEqualTo("BUYER");
        assertThat(me.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(response.body()).doesNotContain("password", "$2a$");
    }

    @Test
    void the_name_can_be_changed() {
        String email = freshEmail();
        registerBuyer(email);
        String token = signIn(email, PASSWORD).path("access_token").asText();

        HttpResponse<String> response = put("/api/v1/auth/me", "{\"name\": \"Ana Maria\"}", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(bodyOf(get("/api/v1/auth/me", token)).path("name").asText()).isEqualTo("Ana Maria");
    }

    @Test
    void a_user_cannot_change_their_own_role_status_or_email_through_me() {
        String email = freshEmail();
        registerBuyer(email);
        String token = signIn(email, PASSWORD).path("access_token").asText();

        HttpResponse<String> response = put("/api/v1/auth/me",
                "{\"name\": \"Eve\", \"role\": \"ADMIN\", \"status\": \"ACTIVE\", \"emailVerified\": true}", token);

        assertProblem(response, 400, "read-only-field");
        assertThat(bodyOf(response).path("fields").toString()).contains("role", "status", "emailVerified");
        JsonNode me = bodyOf(get("/api/v1/auth/me", token));
        assertThat(me.path("role").asText()).isEqualTo("BUYER");
        assertThat(me.path("name").asText()).isEqualTo("Ana");
    }

    @Test
    void a_blank_name_or_no_name_is_refused() {
        String email = freshEmail();
        registerBuyer(email);
        String token = signIn(email, PASSWORD).path("access_token").asText();

        assertProblem(put("/api/v1/auth/me", "{\"name\": \"  \"}", token), 422, "invalid-user");
        assertProblem(put("/api/v1/auth/me", "{}", token), 400, "invalid-value");
    }

    @Test
    void me_needs_a_token() {
        assertProblem(get("/api/v1/auth/me", null), 401, "unauthenticated");
        assertProblem(put("/api/v1/auth/me", "{\"name\": \"X\"}", null), 401, "unauthenticated");
    }
}
