package com.catalog.command.identity.admin;

import com.catalog.command.product.ProductRequests;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.IdentityApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminUsersApiTest extends IdentityApiTest {

    private String admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD).path("access_token").asText();
    }

    private String registerSeller(String email) {
        HttpResponse<String> response = post("/api/v1/auth/register", registration(email, PASSWORD, "Sam", "SELLER"), null);
        assertThat(response.statusCode()).isEqualTo(201);
        return bodyOf(response).path("id").asText();
    }

    /** The one place these tests create a product (its request shape belongs to the product feature). */
    private HttpResponse<String> createProduct(String token) {
        String sku = "ID-" + UUID.randomUUID().toString().substring(0, 8);
        return post("/api/v1/products", ProductRequests.createJson("Mug", sku, 1200, "EUR"), token);
    }

    @Test
    void users_are_listed_and_searched_by_email_or_name_in_pages() {
        String marker = "marker" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            post("/api/v1/auth/register", registration(marker + i + "@example.com", PASSWORD, "Ana " + i, "BUYER"), null);
        }

        JsonNode first = bodyOf(get("/api/v1/admin/users?q=" + marker.toUpperCase() + "&size=2", admin));
        JsonNode second = bodyOf(get("/api/v1/admin/users?q=" + marker + "&size=2&page=1", admin));

        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("items")).hasSize(2);
        assertThat(second.path("items")).hasSize(1);
        assertThat(first.toString()).doesNotContain("$2a$", "password");
        assertThat(bodyOf(get("/api/v1/admin/users?status=SUSPENDED&q=" + marker, admin)).path("total").asLong()).isZero();
        assertProblem(get("/api/v1/admin/users?size=1000", admin), 400, "bad-request");
        assertProblem(get("/api/v1/admin/users?status=NOPE", admin), 400, "bad-request");
    }

    @Test
    void an_approved_seller_signs_in_as_seller_and_can_create_products() {
        String email = freshEmail();
        String id = registerSeller(email);

        HttpResponse<String> response = post("/api/v1/admin/users/" + id + "/approve", "", admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(bodyOf(response).path("status").asText()).isEqualTo("ACTIVE");
        String seller = signIn(email, PASSWORD).path("access_token").asText();
        assertThat(createProduct(seller).statusCode()).isEqualTo(201);
        assertProblem(post("/api/v1/admin/users/" + id + "/approve", "", admin), 409, "not-pending-approval");
    }

    @Test
    void unknown_users_are_404() {
        assertProblem(post("/api/v1/admin/users/" + UUID.randomUUID() + "/approve", "", admin), 404, "not-found");
        assertProblem(get("/api/v1/admin/users/" + UUID.randomUUID(), admin), 404, "not-found");
    }

    @Test
    void a_role_change_revokes_the_old_sessions_and_the_next_sign_in_carries_the_new_role() throws Exception {
        String email = freshEmail();
        String id = registerBuyer(email);
        String buyer = signIn(email, PASSWORD).path("access_token").asText();
        assertProblem(createProduct(buyer), 403, "forbidden");

        HttpResponse<String> response = put("/api/v1/admin/users/" + id + "/role", "{\"role\": \"SELLER\"}", admin);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertProblem(get("/api/v1/auth/me", buyer), 401, "unauthenticated");
        String seller = signIn(email, PASSWORD).path("access_token").asText();
        assertThat(SignedJWT.parse(seller).getJWTClaimsSet().getStringListClaim("roles")).containsExactly("SELLER");
        assertProblem(put("/api/v1/admin/users/" + id + "/role", "{\"role\": \"KING\"}", admin), 400, "malformed-request");
    }

    @Test
    void an_admin_cannot_change_their_own_role_or_suspend_themselves() throws Exception {
        String self = SignedJWT.parse(admin).getJWTClaimsSet().getSubject();

        assertProblem(put("/api/v1/admin/users/" + self + "/role", "{\"role\": \"BUYER\"}", admin), 403, "own-account");
        assertProblem(post("/api/v1/admin/users/" + self + "/suspend", "", admin), 403, "own-account");
    }

    @Test
    void suspension_ends_every_session_and_sign_in_until_reactivated() {
        String email = freshEmail();
        String id = registerBuyer(email);
        JsonNode session = signIn(email, PASSWORD);

        assertThat(post("/api/v1/admin/users/" + id + "/suspend", "", admin).statusCode()).isEqualTo(200);

        assertProblem(get("/api/v1/auth/me", session.path("access_token").asText()), 401, "unauthenticated");
        assertProblem(refresh(session.path("refresh_token").asText()), 401, "invalid-refresh-token");
        assertProblem(login(email, PASSWORD), 403, "account-suspended");
        assertProblem(post("/api/v1/admin/users/" + id + "/suspend", "", admin), 409, "already-suspended");

        assertThat(post("/api/v1/admin/users/" + id + "/reactivate", "", admin).statusCode()).isEqualTo(200);
        assertThat(login(email, PASSWORD).statusCode()).isEqualTo(200);
        assertProblem(post("/api/v1/admin/users/" + id + "/reactivate", "", admin), 409, "not-suspended");
    }

    @Test
    void buyers_and_sellers_may_not_administer_users() {
        String email = freshEmail();
        String id = registerSeller(email);
        post("/api/v1/admin/users/" + id + "/approve", "", admin);
        String seller = signIn(email, PASSWORD).path("access_token").asText();
        String buyerEmail = freshEmail();
        registerBuyer(buyerEmail);
        String buyer = signIn(buyerEmail, PASSWORD).path("access_token").asText();

        for (String token : new String[] {seller, buyer}) {
            assertProblem(get("/api/v1/admin/users", token), 403, "forbidden");
            assertProblem(post("/api/v1/admin/users/" + id + "/suspend", "", token), 403, "forbidden");
            assertProblem(put("/api/v1/admin/users/" + id + "/role", "{\"role\": \"ADMIN\"}", token), 403, "forbidden");
        }
        assertProblem(get("/api/v1/admin/users", null), 401, "unauthenticated");
    }
}
