package com.catalog.events.user;

import org.axonframework.serialization.Revision;

/**
 * The password changed (by the user, or by a reset); every session of the user was revoked with it.
 *
 * @param passwordHash sealed: adaptive hash (bcrypt) of the new password
 */
@Revision("1")
public record UserPasswordChangedEvent(String userId, String passwordHash) implements UserEvent {
}
