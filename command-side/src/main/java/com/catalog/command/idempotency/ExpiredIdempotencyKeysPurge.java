package com.catalog.command.idempotency;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Deletes keys past their expiry every {@code catalog.idempotency.purge-interval}. An expired key is already ignored
 * (a new request takes it over), so this only bounds the table. Replicas may run it concurrently.
 */
@Component
class ExpiredIdempotencyKeysPurge {

    private static final Logger log = LoggerFactory.getLogger(ExpiredIdempotencyKeysPurge.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    ExpiredIdempotencyKeysPurge(IdempotencyKeys keys, IdempotencyProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @PostConstruct
    void schedule() {
        scheduler.setThreadNamePrefix("idempotency-purge-");
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(this::runQuietly, Instant.now().plus(properties.purgeInterval()),
                properties.purgeInterval());
    }

    @PreDestroy
    void stop() {
        scheduler.shutdown();
    }

    private void runQuietly() {
        try {
            int deleted = keys.purgeExpired();
            if (deleted > 0) {
                log.info("Purged {} expired idempotency keys", deleted);
            }
        } catch (DataAccessException e) {
            log.warn("Purging expired idempotency keys failed; next attempt in {}: {}", properties.purgeInterval(), e.getMessage());
        }
    }
}
