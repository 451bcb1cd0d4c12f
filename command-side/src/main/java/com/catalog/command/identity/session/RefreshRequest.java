package com.catalog.command.identity.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/auth/refresh}. */
record RefreshRequest(@JsonProperty("refresh_token") @NotBlank @Size(max = 256) String refreshToken) {
}
