package com.catalog.command.identity;

import com.catalog.events.user.UserRole;
import com.catalog.events.user.UserStatus;
import java.time.Instant;

/** A user's current state as sign-in and the admin list read it (never sent out as is: it holds the hash). */
public record UserAccount(
        String userId,
        String email,
        String name,
        String passwordHash,
        UserRole role,
        UserStatus status,
        boolean emailVerified,
        Instant createdAt) {
}
