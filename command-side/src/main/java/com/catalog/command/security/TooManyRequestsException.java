package com.catalog.command.security;

import java.time.Duration;

/** A rate limit refused the request: 429 with {@code Retry-After}. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    TooManyRequestsException(Duration retryAfter) {
        super("Too many requests; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least 1, for the {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
