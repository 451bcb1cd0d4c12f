package com.catalog.command.identity.erasure;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erase the user's personal data (by an admin, or the user's own request). */
public record ErasePersonalDataCommand(@TargetAggregateIdentifier String userId) {
}
