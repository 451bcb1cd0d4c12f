package com.catalog.command.identity.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.IdentityApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Crypto-shredding against the real event store: the events stay, what they held about the person does not. */
class ErasePersonalDataApiTest extends IdentityApiTest {

    @Autowired
    EventStore eventStore;
    private String admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD).path("access_token").asText();
    }

    private List<String> storedPayloadsOf(String userId) {
        return jdbc.sql("SELECT payload FROM event_store.domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(userId).query((rs, row) -> new String(rs.getBytes("payload"), StandardCharsets.UTF_8)).list();
    }

    @Test
    void personal_data_is_never_stored_in_the_clear_in_user_events() {
        String email = "clear-" + UUID.randomUUID() + "@example.com";
        String id = registerBuyer(email);
        String token = signIn(email, PASSWORD).path("access_token").asText();
        put("/api/v1/auth/me", "{\"name\": \"Zbigniew Unusualname\"}", token);

        List<String> payloads = storedPayloadsOf(id);

        assertThat(payloads).hasSize(2).allSatisfy(payload -> assertThat(payload)
                .doesNotContainIgnoringCase(email).doesNotContain("Zbigniew", "$2a$").contains("pii:v1:"));
        assertThat(bodyOf(get("/api/v1/auth/me", token)).path("email").asText()).isEqualTo(email);
    }

    @Test
    void an_admin_erases_a_user_the_key_goes_the_events_stay_and_replay_and_the_email_is_free_again() {
        String email = freshEmail();
        String id = registerBuyer(email);
        JsonNode session = signIn(email, PASSWORD);
        int eventsBefore = storedPayloadsOf(id).size();

        assertThat(delete("/api/v1/admin/users/" + id + "/personal-data", admin).statusCode()).isEqualTo(204);

        assertThat(jdbc.sql("SELECT count(*) FROM event_store.user_pii_key WHERE user_id = ?").param(id).query(Long.class).single())
                .isZero();
        assertThat(storedPayloadsOf(id)).hasSize(eventsBefore + 1);
        assertThat(eventStore.readEvents(id).asStream().count()).as("the history still reads").isEqualTo(eventsBefore + 1);
        JsonNode shown = bodyOf(get("/api/v1/admin/users/" + id, admin));
        assertThat(shown.path("email").asText()).isEqualTo("[erased]");
        assertThat(shown.path("name").asText()).isEqualTo("[erased]");
        assertProblem(get("/api/v1/auth/me", session.path("access_token").asText()), 401, "unauthenticated");
        assertProblem(login(email, PASSWORD), 401, "invalid-credentials");
        assertThat(post("/api/v1/admin/users/" + id + "/suspend", "", admin).statusCode())
                .as("the aggregate still loads from its events").isEqualTo(200);
        assertThat(delete("/api/v1/admin/users/" + id + "/personal-data", admin).statusCode()).as("idempotent").isEqualTo(204);
        assertThat(registerBuyer(email)).isNotEqualTo(id);
    }

    @Test
    void a_user_erases_their_own_data_and_is_signed_out() {
        String email = freshEmail();
        registerBuyer(email);
        String token = signIn(email, PASSWORD).path("access_token").asText();

        assertThat(delete("/api/v1/auth/me/personal-data", token).statusCode()).isEqualTo(204);

        assertProblem(get("/api/v1/auth/me", token), 401, "unauthenticated");
        assertProblem(login(email, PASSWORD), 401, "invalid-credentials");
    }

    @Test
    void erasure_is_for_admins_or_the_user_and_unknown_users_are_404() {
        String email = freshEmail();
        String id = registerBuyer(email);
        String otherBuyer = signIn(email, PASSWORD).path("access_token").asText();

        assertProblem(delete("/api/v1/admin/users/" + id + "/personal-data", otherBuyer), 403, "forbidden");
        assertProblem(delete("/api/v1/admin/users/" + id + "/personal-data", null), 401, "unauthenticated");
        assertProblem(delete("/api/v1/admin/users/" + UUID.randomUUID() + "/personal-data", admin), 404, "not-found");
    }
}
