package com.catalog.command.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.identity.Credentials;
import com.catalog.command.identity.IdentityApiTest;
import com.catalog.command.identity.IdentityProperties;
import com.catalog.command.identity.UserAccounts;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

class BootstrapAdminApiTest extends IdentityApiTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    Credentials credentials;
    @Autowired
    CommandGateway commandGateway;

    @Test
    void the_configured_admin_exists_after_start_and_signs_in_as_admin() throws Exception {
        String token = signIn(ADMIN_EMAIL, ADMIN_PASSWORD).path("access_token").asText();

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN");
    }

    @Test
    void running_again_as_after_a_restart_changes_nothing() {
        long eventsBefore = eventCount();

        bootstrap(ADMIN_EMAIL, "another password of the admin").run(new DefaultApplicationArguments());

        assertThat(eventCount()).isEqualTo(eventsBefore);
        assertThat(login(ADMIN_EMAIL, ADMIN_PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void replicas_starting_together_create_one_admin() {
        String email = freshEmail();

        List<CompletableFuture<Void>> replicas = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.runAsync(() -> bootstrap(email, PASSWORD).run(new DefaultApplicationArguments())))
                .toList();
        replicas.forEach(CompletableFuture::join);

        assertThat(jdbc.sql("SELECT count(*) FROM event_store.user_account WHERE email_lower = lower(?)")
                .param(email).query(Long.class).single()).isEqualTo(1);
        assertThat(accounts.byEmail(email)).hasValueSatisfying(admin -> assertThat(admin.role().name()).isEqualTo("ADMIN"));
    }

    private BootstrapAdmin bootstrap(String email, String password) {
        IdentityProperties properties = new IdentityProperties(4, new IdentityProperties.BootstrapAdmin(email, password, "Admin"),
                Duration.ofHours(1), Duration.ofHours(1));
        return new BootstrapAdmin(properties, accounts, credentials, commandGateway);
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM event_store.domain_event_entry").query(Long.class).single();
    }
}
