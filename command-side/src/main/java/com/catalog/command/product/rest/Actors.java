package com.catalog.command.product.rest;

import com.catalog.command.product.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The authenticated caller as the aggregate sees it. */
public final class Actors {

    private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private Actors() {
    }

    public static Actor of(Authentication caller) {
        boolean admin = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMIN_AUTHORITY::equals);
        return new Actor(caller.getName(), admin);
    }
}
