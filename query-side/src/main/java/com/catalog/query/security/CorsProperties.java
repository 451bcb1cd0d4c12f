package com.catalog.query.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browsers' cross-origin access to the read API (a shop front on another origin), by configuration; none by default.
 *
 * @param allowedOrigins e.g. {@code https://shop.example.com}; empty: no CORS headers at all
 */
@ConfigurationProperties("catalog.security.cors")
public record CorsProperties(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("1h") Duration maxAge) {
}
