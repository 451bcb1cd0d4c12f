package com.catalog.command.identity.login;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/auth/login}. */
record LoginRequest(
        @Schema(example = "admin@catalog.local") @NotBlank @Size(max = 254) String email,
        @Schema(example = "catalog-admin-dev") @NotBlank @Size(max = 1024) String password) {
}
