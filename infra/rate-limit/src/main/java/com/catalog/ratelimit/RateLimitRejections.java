package com.catalog.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code catalog_rate_limit_rejections_total{limit=...}}: every 429 a rate limit answered. */
public class RateLimitRejections {

    private final MeterRegistry registry;

    RateLimitRejections(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param limit which limit refused, e.g. {@code global-ip}, {@code login-account} */
    public void count(String limit) {
        Counter.builder("catalog.rate.limit.rejections")
                .description("Requests refused with 429 by a rate limit")
                .tag("limit", limit)
                .register(registry)
                .increment();
    }
}
