package com.catalog.events.user;

import org.axonframework.serialization.Revision;

/** The user changed their own display name ({@code name} sealed with the user's key). */
@Revision("1")
public record UserProfileChangedEvent(String userId, String name) implements UserEvent {
}
