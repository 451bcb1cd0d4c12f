package com.catalog.query.health;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.security.Principal;

/** The Spring Security caller as Actuator's {@link SecurityContext}, so {@code management.endpoint.health.roles} applies. */
record AuthenticatedCaller(Authentication authentication) implements SecurityContext {

    private static final String ROLE_PREFIX = "ROLE_";

    @Override
    public Principal getPrincipal() {
        return authentication;
    }

    @Override
    public boolean isUserInRole(String role) {
        String authority = role.startsWith(ROLE_PREFIX) ? role : ROLE_PREFIX + role;
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }
}
