package com.catalog.events.user;

import org.axonframework.serialization.Revision;

/** An admin suspended the user: no sign-in until reactivated, and every session was revoked. */
@Revision("1")
public record UserSuspendedEvent(String userId) implements UserEvent {
}
