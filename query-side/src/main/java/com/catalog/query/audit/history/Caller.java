package com.catalog.query.audit.history;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking, as the resource server authenticated them. Checked here rather than only by URL rules, so the
 * history stays protected whatever the public read rules around {@code /api/v1/products/**} say.
 */
record Caller(String id, boolean isAdmin) {

    private static final String ADMIN = "ROLE_ADMIN";

    static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            throw AuditProblems.unauthenticated();
        }
        boolean admin = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMIN::equals);
        return new Caller(authentication.getName(), admin);
    }

    static Caller requireAdmin() {
        Caller caller = current();
        if (!caller.isAdmin()) {
            throw AuditProblems.forbidden();
        }
        return caller;
    }
}
