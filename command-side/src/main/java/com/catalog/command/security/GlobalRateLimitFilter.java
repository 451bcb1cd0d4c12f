package com.catalog.command.security;

import com.catalog.command.web.ProblemResponseWriter;
import com.catalog.command.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The global per-IP limit on the API ({@code catalog.security.rate-limit.requests-per-minute-per-ip}); actuator
 * and health probes are not counted (orchestrators and scrapers call them all the time).
 */
class GlobalRateLimitFilter extends OncePerRequestFilter {

    private final RequestRateLimiter limiter;
    private final RateLimitProperties limits;
    private final RateLimitRejections rejections;
    private final Problems problems;
    private final ProblemResponseWriter writer;

    GlobalRateLimitFilter(RequestRateLimiter limiter, RateLimitProperties limits, RateLimitRejections rejections,
                          Problems problems, ProblemResponseWriter writer) {
        this.limiter = limiter;
        this.limits = limits;
        this.rejections = rejections;
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !limits.enabled() || !path.startsWith("/api/") || path.startsWith("/api/v1/health")
                || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limiter.hit("ip:" + request.getRemoteAddr(), limits.requestsPerMinutePerIp());
        } catch (TooManyRequestsException tooMany) {
            rejections.count("global-ip");
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()));
            writer.write(response, problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", tooMany.getMessage()));
            return;
        }
        chain.doFilter(request, response);
    }
}
