package com.catalog.events.user;

import org.axonframework.serialization.Revision;

/** The user proved they receive mail at their email address (a verification token came back). */
@Revision("1")
public record UserEmailVerifiedEvent(String userId) implements UserEvent {
}
