package com.catalog.ratelimit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The global per-IP limit on the API: a 429 problem ({@code code} too-many-requests) with {@code Retry-After}.
 * Health probes, actuator and CORS preflights are not counted (orchestrators and scrapers call them all the time).
 */
final class GlobalRateLimitFilter extends OncePerRequestFilter {

    static final String CODE = "too-many-requests";
    static final String LIMIT = "global-ip";

    private final SlidingWindowLimiter limiter;
    private final int limit;
    private final ClientAddress clients;
    private final RateLimitRejections rejections;
    private final ObjectMapper json;
    private final URI problemType;

    GlobalRateLimitFilter(SlidingWindowLimiter limiter, int limit, ClientAddress clients, RateLimitRejections rejections,
                          ObjectMapper json, URI problemTypeBase) {
        this.limiter = limiter;
        this.limit = limit;
        this.clients = clients;
        this.rejections = rejections;
        this.json = json;
        this.problemType = problemTypeBase.resolve(CODE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") || path.startsWith("/api/v1/health") || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimitDecision decision = limiter.tryAcquire("ip:" + clients.of(request), limit);
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        rejections.count(LIMIT);
        long seconds = decision.retryAfterSeconds();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests; try again in " + seconds + " s.");
        problem.setType(problemType);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", CODE);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
