package com.catalog.command.web;

import com.catalog.command.domain.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The authenticated caller as an aggregate sees it. */
public final class Callers {

    private static final String ADMIN_AUTHORITY = "ROLE_ADMIN";

    private Callers() {
    }

    public static Actor actorOf(Authentication caller) {
        boolean admin = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMIN_AUTHORITY::equals);
        return new Actor(caller.getName(), admin);
    }

    /**
     * The first gate of an admin-only resource, before a body is read or an aggregate loaded, so a seller gets 403
     * whether or not the target exists. The aggregate checks again: a controller that forgets this opens no hole.
     */
    public static Actor requireAdmin(Authentication caller, String what) {
        Actor actor = actorOf(caller);
        actor.requireAdmin(what);
        return actor;
    }
}
