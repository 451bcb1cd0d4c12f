package com.catalog.command.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code catalog_rate_limit_rejections_total{limit=...}}: every 429 the limits answered. */
@Component
class RateLimitRejections {

    private final MeterRegistry registry;

    RateLimitRejections(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String limit) {
        Counter.builder("catalog.rate.limit.rejections")
                .description("Requests refused with 429 by a rate limit")
                .tag("limit", limit)
                .register(registry)
                .increment();
    }
}
