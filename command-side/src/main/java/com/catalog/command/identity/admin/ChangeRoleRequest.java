package com.catalog.command.identity.admin;

import com.catalog.events.user.UserRole;
import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT /api/v1/admin/users/{id}/role}. */
record ChangeRoleRequest(@NotNull UserRole role) {
}
