package com.catalog.command.identity.register;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/auth/register}. Nothing here can ask for ADMIN. */
record RegisterUserRequest(
        @Schema(example = "ana@example.com") @NotBlank @Email @Size(max = 254) String email,
        @Schema(example = "correct horse battery staple", description = "at least 12 characters")
        @NotBlank @Size(max = 1024) String password,
        @Schema(example = "Ana Example") @NotBlank @Size(max = 200) String name,
        @Schema(description = "BUYER (default) or SELLER; a seller account waits for an admin's approval")
        AccountType accountType) {

    AccountType accountTypeOrDefault() {
        return accountType == null ? AccountType.BUYER : accountType;
    }
}
