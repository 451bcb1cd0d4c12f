package com.catalog.command.identity.admin;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param actorId the admin acting, who may not suspend themselves */
public record SuspendUserCommand(@TargetAggregateIdentifier String userId, String actorId) {
}
