package com.catalog.command.security;

import java.time.Duration;

/**
 * @param value     the compact JWT
 * @param jti       its id, by which it can be revoked
 * @param expiresIn its lifetime, for the OAuth2 {@code expires_in} field
 */
public record IssuedAccessToken(String value, String jti, Duration expiresIn) {
}
