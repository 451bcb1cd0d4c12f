package com.catalog.command.identity.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.IdentityApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ChangePasswordApiTest extends IdentityApiTest {

    private static final String NEW_PASSWORD = "an even longer new password";

    @Test
    void changing_the_password_ends_every_session_and_only_the_new_password_signs_in() {
        String email = freshEmail();
        registerBuyer(email);
        JsonNode session1 = signIn(email, PASSWORD);
        JsonNode session2 = signIn(email, PASSWORD);

        HttpResponse<String> response = post("/api/v1/auth/change-password", """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(PASSWORD, NEW_PASSWORD),
                session1.path("access_token").asText());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
        assertProblem(get("/api/v1/auth/me", session1.path("access_token").asText()), 401, "unauthenticated");
        assertProblem(get("/api/v1/auth/me", session2.path("access_token").asText()), 401, "unauthenticated");
        assertProblem(refresh(session2.path("refresh_token").asText()), 401, "invalid-refresh-token");
        assertProblem(login(email, PASSWORD), 401, "invalid-credentials");
        assertThat(get("/api/v1/auth/me", signIn(email, NEW_PASSWORD).path("access_token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_current_password_is_401_and_a_weak_new_one_422() {
        String email = freshEmail();
        registerBuyer(email);
        String token = signIn(email, PASSWORD).path("access_token").asText();

        assertProblem(post("/api/v1/auth/change-password", """
                {"currentPassword": "wrong password!", "newPassword": "%s"}""".formatted(NEW_PASSWORD), token), 401, "invalid-credentials");
        assertProblem(post("/api/v1/auth/change-password", """
                {"currentPassword": "%s", "newPassword": "short"}""".formatted(PASSWORD), token), 422, "weak-password");
        assertThat(get("/api/v1/auth/me", token).statusCode()).as("nothing changed").isEqualTo(200);
    }

    @Test
    void changing_the_password_needs_a_token() {
        assertProblem(post("/api/v1/auth/change-password", "{}", null), 401, "unauthenticated");
    }
}
