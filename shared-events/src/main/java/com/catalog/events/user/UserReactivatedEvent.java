package com.catalog.events.user;

import org.axonframework.serialization.Revision;

/**
 * An admin lifted a suspension.
 *
 * @param status what the account is again: ACTIVE, or PENDING_APPROVAL for a seller never approved
 */
@Revision("1")
public record UserReactivatedEvent(String userId, UserStatus status) implements UserEvent {
}
