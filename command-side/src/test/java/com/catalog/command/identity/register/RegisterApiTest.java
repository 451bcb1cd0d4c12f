package com.catalog.command.identity.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.IdentityApiTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RegisterApiTest extends IdentityApiTest {

    @Test
    void a_buyer_registers_with_201_and_its_id_and_can_sign_in_as_buyer() {
        String email = freshEmail();

        HttpResponse<String> response = post("/api/v1/auth/register", registration(email, PASSWORD, "Ana", "BUYER"), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = bodyOf(response).path("id").asText();
        assertThat(id).isNotBlank();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/admin/users/" + id);
        assertThat(bodyOf(get("/api/v1/auth/me", signIn(email, PASSWORD).path("access_token").asText())).path("role").asText())
                .isEqualTo("BUYER");
    }

    @Test
    void the_account_type_defaults_to_buyer_and_a_role_field_in_the_body_grants_nothing() {
        String email = freshEmail();
        HttpResponse<String> response = post("/api/v1/auth/register", """
                {"email": "%s", "password": "%s", "name": "Eve", "role": "ADMIN", "roles": ["ADMIN"]}""".formatted(email, PASSWORD), null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(bodyOf(get("/api/v1/auth/me", signIn(email, PASSWORD).path("access_token").asText())).path("role").asText())
                .isEqualTo("BUYER");
    }

    @Test
    void admin_is_not_an_account_type() {
        String email = freshEmail();

        assertProblem(post("/api/v1/auth/register", registration(email, PASSWORD, "Eve", "ADMIN"), null), 400, "malformed-request");
        assertProblem(login(email, PASSWORD), 401, "invalid-credentials");
    }

    @Test
    void a_seller_account_waits_for_approval_before_it_can_sign_in() {
        String email = freshEmail();

        HttpResponse<String> response = post("/api/v1/auth/register", registration(email, PASSWORD, "Sam", "SELLER"), null);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(bodyOf(response).path("status").asText()).isEqualTo("PENDING_APPROVAL");
        assertProblem(login(email, PASSWORD), 403, "account-pending-approval");
    }

    @Test
    void an_email_is_taken_whatever_its_letter_case() {
        String email = freshEmail();
        registerBuyer(email);

        assertProblem(post("/api/v1/auth/register", registration(email.toUpperCase(), PASSWORD, "Ana", "BUYER"), null),
                409, "email-taken");
    }

    @Test
    void concurrent_registrations_of_one_email_create_exactly_one_account() {
        String email = freshEmail();

        List<Integer> statuses = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post("/api/v1/auth/register",
                        registration(i % 2 == 0 ? email : email.toUpperCase(), PASSWORD, "Ana", "BUYER"), null).statusCode()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.user_account WHERE email_lower = lower(?)")
                .param(email).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_password_shorter_than_12_characters_is_refused() {
        assertProblem(post("/api/v1/auth/register", registration(freshEmail(), "short-pw-11", "Ana", "BUYER"), null),
                422, "weak-password");
    }

    @Test
    void missing_or_invalid_fields_are_400() {
        assertProblem(post("/api/v1/auth/register", "{\"email\": \"not-an-email\", \"password\": \"" + PASSWORD
                + "\", \"name\": \"Ana\"}", null), 400, "invalid-request");
        assertProblem(post("/api/v1/auth/register", "{\"email\": \"" + freshEmail() + "\"}", null), 400, "invalid-request");
        assertProblem(post("/api/v1/auth/register", "not json", null), 400, "malformed-request");
    }

    @Test
    void the_password_is_stored_only_as_a_bcrypt_hash() {
        String email = freshEmail();
        registerBuyer(email);

        String hash = jdbc.sql("SELECT password_hash FROM event_store.user_account WHERE email_lower = lower(?)")
                .param(email).query(String.class).single();
        assertThat(hash).startsWith("$2a$").doesNotContain(PASSWORD);
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.domain_event_entry WHERE position(convert_to(?, 'UTF8') in payload) > 0")
                .param(PASSWORD).query(Long.class).single()).isZero();
    }
}
