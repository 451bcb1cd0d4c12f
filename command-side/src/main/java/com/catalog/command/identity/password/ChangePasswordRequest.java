package com.catalog.command.identity.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/auth/change-password}. */
record ChangePasswordRequest(@NotBlank @Size(max = 1024) String currentPassword, @NotBlank @Size(max = 1024) String newPassword) {
}
