package com.catalog.events.user;

import org.axonframework.serialization.Revision;

/**
 * A user account was created: by registration, or as the bootstrap admin from configuration.
 *
 * @param userId       aggregate id (UUID)
 * @param email        sealed: sign-in email as typed (uniqueness is case-insensitive)
 * @param name         sealed: display name
 * @param passwordHash sealed: adaptive hash (bcrypt) of the password; the password itself is never stored
 * @param role         BUYER, SELLER (pending approval) or ADMIN (bootstrap only)
 * @param status       ACTIVE, or PENDING_APPROVAL for a requested seller account
 */
@Revision("1")
public record UserRegisteredEvent(
        String userId,
        String email,
        String name,
        String passwordHash,
        UserRole role,
        UserStatus status) implements UserEvent {
}
