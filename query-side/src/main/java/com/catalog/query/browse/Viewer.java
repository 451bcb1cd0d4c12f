package com.catalog.query.browse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.ErrorResponseException;

/**
 * Who reads: anonymous, or the subject of a valid bearer token with its roles. Reads under public URL rules decide
 * here what a caller may see, so they stay protected whatever the URL rules say.
 *
 * @param id null when anonymous
 */
public record Viewer(String id, boolean admin, boolean seller) {

    private static final String ADMIN = "ROLE_ADMIN";
    private static final String SELLER = "ROLE_SELLER";

    public static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Viewer(null, false, false);
        }
        return new Viewer(authentication.getName(), has(authentication, ADMIN), has(authentication, SELLER));
    }

    public boolean signedIn() {
        return id != null;
    }

    /** Admins, and the seller who owns it; anybody else gets 401 (anonymous) or 403 with {@code forbiddenCode}. */
    public void requireOwnerOrAdmin(String ownerId, String forbiddenCode, String what) {
        requireSignedIn();
        if (!admin && !id.equals(ownerId)) {
            throw problem(HttpStatus.FORBIDDEN, forbiddenCode, "Only the product's seller or an admin may read " + what);
        }
    }

    /** Sellers and admins; anybody else gets 401 (anonymous) or 403 {@code seller-or-admin-only}. */
    public void requireSellerOrAdmin() {
        requireSignedIn();
        if (!admin && !seller) {
            throw problem(HttpStatus.FORBIDDEN, "seller-or-admin-only", "Only sellers and admins have products of their own");
        }
    }

    /** Anybody with a valid bearer token; anonymous callers get 401 {@code unauthenticated}. */
    public void requireSignedIn() {
        if (!signedIn()) {
            ErrorResponseException problem = problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "A valid bearer token is required");
            problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            throw problem;
        }
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
    }

    private static ErrorResponseException problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return new ErrorResponseException(status, problem, null);
    }
}
