package com.catalog.command.idempotency;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ttl           how long a key is remembered after its first use; a retry after that runs again
 * @param inFlightWait  how long a duplicate waits for the first request with its key to finish before it is answered
 *                      409 {@code idempotency-key-in-flight}
 * @param paths         the write API's collections; every POST under them accepts {@code Idempotency-Key}
 * @param purgeInterval how often expired keys are deleted
 */
@ConfigurationProperties("catalog.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("2s") Duration inFlightWait,
        @DefaultValue({"/api/v1/products", "/api/v1/categories", "/api/v1/brands"}) List<String> paths,
        @DefaultValue("1h") Duration purgeInterval) {

    public IdempotencyProperties {
        if (ttl.isNegative() || ttl.isZero() || inFlightWait.toMillis() < 1 || purgeInterval.isNegative() || purgeInterval.isZero()) {
            throw new IllegalArgumentException("catalog.idempotency: ttl, in-flight-wait (at least 1ms) and purge-interval must be positive");
        }
        paths = List.copyOf(paths);
    }

    /** POSTs to a collection or anything below it, e.g. {@code /api/v1/products/{id}/publish}. */
    boolean covers(String path) {
        return paths.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
