package com.catalog.ratelimit;

import java.time.Duration;

/**
 * What the limiter says about one request.
 *
 * @param retryAfter when a refused client may expect to get through again; zero when allowed
 */
public record RateLimitDecision(boolean allowed, Duration retryAfter) {

    static final RateLimitDecision ALLOWED = new RateLimitDecision(true, Duration.ZERO);

    static RateLimitDecision refused(Duration retryAfter) {
        return new RateLimitDecision(false, retryAfter);
    }

    /** Whole seconds, at least 1, for the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
