package com.catalog.command.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Idempotency-Key} on the write API's POSTs: a retry with the same key by the same caller gets the first
 * answer again (status, Location, ETag, X-Catalog-Position, body, plus {@code Idempotent-Replayed: true}) and stores
 * nothing. Ordered after Spring Security's filter chain: the caller (JWT subject) scopes the key, and a request
 * security refuses never claims one. Requests without the header pass untouched.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 2)
class IdempotencyKeyFilter extends OncePerRequestFilter {

    private static final String BULK_SUFFIX = "/bulk";

    private final IdempotencyProperties properties;
    private final IdempotentExecutions executions;
    private final IdempotencyAnswers answers;

    IdempotencyKeyFilter(IdempotencyProperties properties, IdempotentExecutions executions, IdempotencyAnswers answers) {
        this.properties = properties;
        this.executions = executions;
        this.answers = answers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod()) || !properties.covers(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key;
        try {
            key = IdempotencyKeyHeader.of(request);
        } catch (InvalidIdempotencyKeyException invalid) {
            answers.invalidKey(response, invalid);
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (key == null || caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest cached = CachedBodyRequest.of(request);
        IdempotentRequest idempotent = new IdempotentRequest(caller.getName(), key, RequestFingerprint.of(cached, cached.body()));
        try {
            if (request.getRequestURI().endsWith(BULK_SUFFIX)) {
                executions.claimFirst(idempotent, cached, response, chain);
            } else {
                executions.atomically(idempotent, cached, response, chain);
            }
        } catch (IdempotencyKeyInFlightException inFlight) {
            answers.inFlight(response, inFlight);
        }
    }
}
