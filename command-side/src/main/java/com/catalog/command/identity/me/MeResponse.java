package com.catalog.command.identity.me;

import com.catalog.command.identity.UserAccount;
import com.catalog.events.user.UserRole;
import com.catalog.events.user.UserStatus;
import java.time.Instant;

/** A user as the API shows it: never the password hash. */
public record MeResponse(String id, String email, String name, UserRole role, UserStatus status, boolean emailVerified,
                         Instant createdAt) {

    public static MeResponse of(UserAccount account) {
        return new MeResponse(account.userId(), account.email(), account.name(), account.role(), account.status(),
                account.emailVerified(), account.createdAt());
    }
}
