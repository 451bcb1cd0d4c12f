package com.catalog.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The global per-IP limit of an app (docs/security.md#rate-limits-and-headers-and-headers).
 *
 * @param enabled                off only where one client legitimately sends everything (system tests, benchmarks)
 * @param requestsPerMinutePerIp requests of one client IP within any one-minute window, summed over all replicas
 * @param flushInterval          how often a replica adds its hits to the shared table and reads everyone's back; the
 *                               limit may be exceeded by what a replica admits in about one interval
 * @param table                  the shared counters ({@code bucket, window_start, hits}), created by the app's Flyway
 */
@ConfigurationProperties("catalog.security.rate-limit")
public record GlobalRateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("100") int requestsPerMinutePerIp,
        @DefaultValue("300ms") Duration flushInterval,
        String table) {
}
