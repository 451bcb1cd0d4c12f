package com.catalog.command.identity.reset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/auth/reset-password}. */
record ResetPasswordRequest(@NotBlank @Size(max = 256) String token, @NotBlank @Size(max = 1024) String newPassword) {
}
