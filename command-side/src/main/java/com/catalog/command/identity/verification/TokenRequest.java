package com.catalog.command.identity.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/auth/verify-email}: the token from the email. */
record TokenRequest(@NotBlank @Size(max = 256) String token) {
}
