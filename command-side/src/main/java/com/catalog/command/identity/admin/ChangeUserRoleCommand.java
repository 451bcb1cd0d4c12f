package com.catalog.command.identity.admin;

import com.catalog.events.user.UserRole;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param actorId the admin acting, who may not change their own role */
public record ChangeUserRoleCommand(@TargetAggregateIdentifier String userId, UserRole role, String actorId) {
}
