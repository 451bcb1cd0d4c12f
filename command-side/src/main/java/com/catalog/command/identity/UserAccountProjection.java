package com.catalog.command.identity;

import com.catalog.command.identity.session.Sessions;
import com.catalog.events.user.UserEmailVerifiedEvent;
import com.catalog.events.user.UserPasswordChangedEvent;
import com.catalog.events.user.UserProfileChangedEvent;
import com.catalog.events.user.UserReactivatedEvent;
import com.catalog.events.user.UserRegisteredEvent;
import com.catalog.events.user.UserRoleChangedEvent;
import com.catalog.events.user.UserSellerApprovedEvent;
import com.catalog.events.user.UserStatus;
import com.catalog.events.user.UserSuspendedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code event_store.user_account} in step with the user events. Its processing group is subscribing (see
 * {@link IdentityProcessingConfiguration}): it runs in the transaction that appends the event, so sign-in never
 * sees an account older than its events, and a failure here fails the command. Changes that end a user's right
 * to the sessions they hold (new password, suspension, new role) revoke those sessions in the same transaction.
 */
@Component
@ProcessingGroup(IdentityProcessingConfiguration.USER_ACCOUNTS)
class UserAccountProjection {

    private final JdbcClient jdbc;
    private final Sessions sessions;

    UserAccountProjection(JdbcClient jdbc, Sessions sessions) {
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    @EventHandler
    void on(UserRegisteredEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO event_store.user_account
                            (user_id, email, email_lower, name, password_hash, role, status, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.userId(), event.email(), EmailAddresses.normalised(event.email()), event.name(),
                        event.passwordHash(), event.role().name(), event.status().name(), Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(UserProfileChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        set(event.userId(), "name", event.name(), at);
    }

    @EventHandler
    void on(UserPasswordChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        set(event.userId(), "password_hash", event.passwordHash(), at);
        sessions.revokeAllOf(event.userId());
    }

    @EventHandler
    void on(UserEmailVerifiedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("UPDATE event_store.user_account SET email_verified = true, updated_at = ? WHERE user_id = ?")
                .params(Timestamp.from(at), event.userId())
                .update();
    }

    @EventHandler
    void on(UserSellerApprovedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        set(event.userId(), "status", UserStatus.ACTIVE.name(), at);
    }

    @EventHandler
    void on(UserRoleChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        set(event.userId(), "role", event.role().name(), at);
        sessions.revokeAllOf(event.userId());
    }

    @EventHandler
    void on(UserSuspendedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        set(event.userId(), "status", UserStatus.SUSPENDED.name(), at);
        sessions.revokeAllOf(event.userId());
    }

    @EventHandler
    void on(UserReactivatedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        set(event.userId(), "status", event.status().name(), at);
    }

    /** {@code column} is always one of the constants above, never input. */
    private void set(String userId, String column, String value, Instant at) {
        jdbc.sql("UPDATE event_store.user_account SET " + column + " = ?, updated_at = ? WHERE user_id = ?")
                .params(value, Timestamp.from(at), userId)
                .update();
    }
}
