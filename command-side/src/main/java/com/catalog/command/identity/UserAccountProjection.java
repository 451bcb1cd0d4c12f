package com.catalog.command.identity;

import com.catalog.command.identity.session.Sessions;
import com.catalog.events.user.UserEmailVerifiedEvent;
import com.catalog.events.user.UserPasswordChangedEvent;
import com.catalog.events.user.UserPersonalDataErasedEvent;
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

    /** What an erased user's email and name read as. */
    static final String ERASED = "[erased]";

    private final JdbcClient jdbc;
    private final Sessions sessions;
    private final PersonalData personalData;

    UserAccountProjection(JdbcClient jdbc, Sessions sessions, PersonalData personalData) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.personalData = personalData;
    }

    @EventHandler
    void on(UserRegisteredEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        String userId = event.userId();
        String email = open(userId, event.email());
        String emailLower = email.equals(ERASED) ? "erased:" + userId : EmailAddresses.normalised(email);
        jdbc.sql("""
                        INSERT INTO event_store.user_account
                            (user_id, email, email_lower, name, password_hash, role, status, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(userId, email, emailLower, open(userId, event.name()),
                        open(userId, event.passwordHash()), event.role().name(), event.status().name(), Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(UserProfileChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        set(event.userId(), "name", open(event.userId(), event.name()), at);
    }

    @EventHandler
    void on(UserPasswordChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        set(event.userId(), "password_hash", open(event.userId(), event.passwordHash()), at);
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

    /**
     * Crypto-shredding: the key goes, and with it every way to read the sealed values; the account row keeps no
     * personal data either, the email may be registered again, and every session ends.
     */
    @EventHandler
    void on(UserPersonalDataErasedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        String userId = event.userId();
        personalData.destroyKeyOf(userId);
        jdbc.sql("""
                        UPDATE event_store.user_account SET email = ?, email_lower = ?, name = ?, password_hash = ?,
                            updated_at = ? WHERE user_id = ?""")
                .params(ERASED, "erased:" + userId, ERASED, ERASED, Timestamp.from(at), userId)
                .update();
        jdbc.sql("DELETE FROM event_store.user_email_lookup WHERE user_id = ?").param(userId).update();
        jdbc.sql("DELETE FROM event_store.one_time_token WHERE user_id = ?").param(userId).update();
        sessions.revokeAllOf(userId);
    }

    /** A value sealed for an erased user reads as {@link #ERASED} (e.g. when the table is rebuilt from the events). */
    private String open(String userId, String sealed) {
        return personalData.open(userId, sealed).orElse(ERASED);
    }

    /** {@code column} is always one of the constants above, never input. */
    private void set(String userId, String column, String value, Instant at) {
        jdbc.sql("UPDATE event_store.user_account SET " + column + " = ?, updated_at = ? WHERE user_id = ?")
                .params(value, Timestamp.from(at), userId)
                .update();
    }
}
