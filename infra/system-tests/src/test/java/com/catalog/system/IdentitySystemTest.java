package com.catalog.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.CatalogSystem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in across both apps: the bootstrap admin signs in on the command side, the query side verifies its token
 * through the command side's JWKS, and after logout the token stops working on both.
 */
class IdentitySystemTest {

    private static final String ADMIN_ONLY_READ = "/api/v1/integration/events?after=0&limit=1";
    private static CatalogSystem system;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        system = RunningCatalog.get();
    }

    @Test
    void the_bootstrap_admins_token_works_on_both_apps_until_logout_ends_it_on_both() throws Exception {
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(system.commandSideUrl() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + system.adminEmail() + "\",\"password\":\""
                        + system.adminPassword() + "\"}")).build());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String token = CatalogClient.json(login).path("access_token").asText();

        assertThat(get(system.commandSideUrl() + "/api/v1/auth/me", token).statusCode()).isEqualTo(200);
        assertThat(get(system.querySideUrl() + ADMIN_ONLY_READ, token).statusCode()).as("verified through the JWKS").isEqualTo(200);

        HttpResponse<String> logout = send(HttpRequest.newBuilder(URI.create(system.commandSideUrl() + "/api/v1/auth/logout"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(logout.statusCode()).isEqualTo(204);

        assertThat(get(system.commandSideUrl() + "/api/v1/auth/me", token).statusCode()).isEqualTo(401);
        int queryStatus = 200;
        for (Instant deadline = Instant.now().plusSeconds(10); queryStatus != 401 && Instant.now().isBefore(deadline); ) {
            Thread.sleep(200);
            queryStatus = get(system.querySideUrl() + ADMIN_ONLY_READ, token).statusCode();
        }
        assertThat(queryStatus).as("revoked on the query side within its cache time").isEqualTo(401);
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
