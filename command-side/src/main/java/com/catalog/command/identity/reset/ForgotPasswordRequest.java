package com.catalog.command.identity.reset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/auth/forgot-password}. */
record ForgotPasswordRequest(@NotBlank @Size(max = 254) String email) {
}
