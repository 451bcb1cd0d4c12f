package com.catalog.events.user;

import org.axonframework.serialization.Revision;

/**
 * The user's personal data was erased (right to erasure): their encryption key is gone, so the email, name and
 * password hash sealed in their earlier events can no longer be read. Carries no personal data itself.
 */
@Revision("1")
public record UserPersonalDataErasedEvent(String userId) implements UserEvent {
}
