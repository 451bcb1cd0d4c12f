package com.catalog.command.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sign-in limits, counted in PostgreSQL so they hold across replicas. The global per-IP limit shares this prefix
 * and is configured by the rate-limit module ({@code com.catalog.ratelimit.GlobalRateLimitProperties}).
 *
 * @param loginFailuresPerAccount   failed sign-ins of one email per minute before it is blocked
 * @param loginFailuresPerIp        failed sign-ins from one IP per minute before it is blocked
 * @param firstBlock                the first block; each further one in a row doubles it
 * @param maxBlock                  the longest block
 */
@ConfigurationProperties("catalog.security.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5") int loginFailuresPerAccount,
        @DefaultValue("20") int loginFailuresPerIp,
        @DefaultValue("1m") Duration firstBlock,
        @DefaultValue("15m") Duration maxBlock) {
}
