package com.catalog.command.security;

/** Role names as they appear in the JWT {@code roles} claim. */
final class Roles {

    static final String ADMIN = "ADMIN";
    static final String SELLER = "SELLER";

    private Roles() {
    }
}
