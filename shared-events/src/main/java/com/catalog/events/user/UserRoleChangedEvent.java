package com.catalog.events.user;

import org.axonframework.serialization.Revision;

/** An admin changed the user's role; sessions issued with the old role were revoked. */
@Revision("1")
public record UserRoleChangedEvent(String userId, UserRole previousRole, UserRole role) implements UserEvent {
}
