package com.catalog.command.identity.bootstrap;

import com.catalog.command.identity.Credentials;
import com.catalog.command.identity.EmailAddresses;
import com.catalog.command.identity.EmailAlreadyTakenException;
import com.catalog.command.identity.IdentityProperties;
import com.catalog.command.identity.PasswordPolicy;
import com.catalog.command.identity.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from {@code CATALOG_BOOTSTRAP_ADMIN_EMAIL} / {@code CATALOG_BOOTSTRAP_ADMIN_PASSWORD}
 * once. Idempotent across restarts (an existing account is left alone, its password too) and across replicas
 * starting together: the id is derived from the email, so racing replicas collide on the event store's unique
 * (aggregate, sequence) key and on the email claim, and the losers find the winner's account.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final IdentityProperties properties;
    private final UserAccounts accounts;
    private final Credentials credentials;
    private final CommandGateway commandGateway;

    BootstrapAdmin(IdentityProperties properties, UserAccounts accounts, Credentials credentials,
                   CommandGateway commandGateway) {
        this.properties = properties;
        this.accounts = accounts;
        this.credentials = credentials;
        this.commandGateway = commandGateway;
    }

    @Override
    public void run(ApplicationArguments args) {
        IdentityProperties.BootstrapAdmin admin = properties.bootstrapAdmin();
        if (!admin.configured()) {
            return;
        }
        PasswordPolicy.require(admin.password(), admin.email());
        if (accounts.byEmail(admin.email()).isPresent()) {
            log.info("Bootstrap admin account exists already; left unchanged");
            return;
        }
        String id = UUID.nameUUIDFromBytes(("catalog-bootstrap-admin:" + EmailAddresses.normalised(admin.email()))
                .getBytes(StandardCharsets.UTF_8)).toString();
        try {
            commandGateway.sendAndWait(new BootstrapAdminCommand(id, admin.email(), admin.name(),
                    credentials.hash(admin.password())));
            log.info("Bootstrap admin account created");
        } catch (EmailAlreadyTakenException | ConcurrencyException | AggregateStreamCreationException raced) {
            log.info("Bootstrap admin account was created by another replica");
        }
    }
}
