package com.catalog.command.identity.password;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the password's hash; the caller checked the current password first. */
public record ChangePasswordCommand(@TargetAggregateIdentifier String userId, String passwordHash) {
}
