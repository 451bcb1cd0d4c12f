package com.catalog.command.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bcryptStrength  log2 of bcrypt's rounds; 10 takes ~0.1 s per hash on a server core
 * @param bootstrapAdmin  the first admin, created once at start when email and password are set
 * @param emailVerificationTtl how long an email-verification token works
 * @param passwordResetTtl     how long a password-reset token works
 */
@ConfigurationProperties("catalog.identity")
public record IdentityProperties(
        @DefaultValue("10") int bcryptStrength,
        @DefaultValue BootstrapAdmin bootstrapAdmin,
        @DefaultValue("24h") Duration emailVerificationTtl,
        @DefaultValue("30m") Duration passwordResetTtl) {

    /** From {@code CATALOG_BOOTSTRAP_ADMIN_EMAIL} and {@code CATALOG_BOOTSTRAP_ADMIN_PASSWORD}. */
    public record BootstrapAdmin(String email, String password, @DefaultValue("Administrator") String name) {

        public boolean configured() {
            return email != null && !email.isBlank() && password != null && !password.isEmpty();
        }
    }
}
