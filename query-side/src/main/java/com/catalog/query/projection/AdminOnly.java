package com.catalog.query.projection;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;

/** The projections API is for admins: 401 without a valid token, 403 without the role, as problem details. */
final class AdminOnly {

    private AdminOnly() {
    }

    static void require() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            ErrorResponseException problem = problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "A valid bearer token is required");
            problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            throw problem;
        }
        if (caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch("ROLE_ADMIN"::equals)) {
            throw problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for this account");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return new ErrorResponseException(status, problem, null);
    }
}
