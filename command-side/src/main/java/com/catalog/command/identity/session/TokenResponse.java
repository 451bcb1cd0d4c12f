package com.catalog.command.identity.session;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OAuth2's token response shape (RFC 6749 §5.1). */
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {
}
