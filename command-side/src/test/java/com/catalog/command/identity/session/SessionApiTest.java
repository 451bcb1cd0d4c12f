package com.catalog.command.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.IdentityApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SessionApiTest extends IdentityApiTest {

    @Test
    void a_refresh_token_rotates_and_the_new_tokens_work() {
        String email = freshEmail();
        registerBuyer(email);
        JsonNode first = signIn(email, PASSWORD);

        HttpResponse<String> response = refresh(first.path("refresh_token").asText());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode second = bodyOf(response);
        assertThat(second.path("refresh_token").asText()).isNotEqualTo(first.path("refresh_token").asText());
        assertThat(get("/api/v1/auth/me", second.path("access_token").asText()).statusCode()).isEqualTo(200);
        assertThat(refresh(second.path("refresh_token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void reusing_a_refresh_token_revokes_the_whole_family_and_its_access_tokens() {
        String email = freshEmail();
        registerBuyer(email);
        JsonNode first = signIn(email, PASSWORD);
        JsonNode second = bodyOf(refresh(first.path("refresh_token").asText()));
        JsonNode otherSession = signIn(email, PASSWORD);

        assertProblem(refresh(first.path("refresh_token").asText()), 401, "refresh-token-reused");

        assertProblem(refresh(second.path("refresh_token").asText()), 401, "invalid-refresh-token");
        assertProblem(get("/api/v1/auth/me", second.path("access_token").asText()), 401, "unauthenticated");
        assertProblem(get("/api/v1/auth/me", first.path("access_token").asText()), 401, "unauthenticated");
        assertThat(get("/api/v1/auth/me", otherSession.path("access_token").asText()).statusCode())
                .as("another session of the same user lives on").isEqualTo(200);
    }

    @Test
    void an_unknown_refresh_token_is_401() {
        assertProblem(refresh("made-up-token"), 401, "invalid-refresh-token");
        assertProblem(post("/api/v1/auth/refresh", "{}", null), 400, "invalid-request");
    }

    @Test
    void logout_ends_the_session_and_the_access_token_at_once() {
        String email = freshEmail();
        registerBuyer(email);
        JsonNode tokens = signIn(email, PASSWORD);
        String access = tokens.path("access_token").asText();
        assertThat(get("/api/v1/auth/me", access).statusCode()).isEqualTo(200);

        HttpResponse<String> response = post("/api/v1/auth/logout", "", access);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertProblem(get("/api/v1/auth/me", access), 401, "unauthenticated");
        assertProblem(refresh(tokens.path("refresh_token").asText()), 401, "invalid-refresh-token");
    }

    @Test
    void logout_needs_a_token() {
        assertProblem(post("/api/v1/auth/logout", "", null), 401, "unauthenticated");
    }
}
