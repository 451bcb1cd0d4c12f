package com.catalog.events.user;

import org.axonframework.serialization.Revision;

/** An admin approved a seller account requested at registration: it may now sign in. */
@Revision("1")
public record UserSellerApprovedEvent(String userId) implements UserEvent {
}
