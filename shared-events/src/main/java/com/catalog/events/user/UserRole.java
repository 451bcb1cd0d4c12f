package com.catalog.events.user;

/** Roles as they appear in the access token's {@code roles} claim. */
public enum UserRole {
    BUYER,
    SELLER,
    ADMIN
}
