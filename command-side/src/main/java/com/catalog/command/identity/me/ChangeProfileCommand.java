package com.catalog.command.identity.me;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The user changes their own display name (the only profile field a user may change). */
public record ChangeProfileCommand(@TargetAggregateIdentifier String userId, String name) {
}
