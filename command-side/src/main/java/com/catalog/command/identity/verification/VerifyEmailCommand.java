package com.catalog.command.identity.verification;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark the email verified; the caller redeemed a verification token for this user. */
public record VerifyEmailCommand(@TargetAggregateIdentifier String userId) {
}
