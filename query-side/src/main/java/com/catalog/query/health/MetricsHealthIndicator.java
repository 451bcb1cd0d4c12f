package com.catalog.query.health;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** That metrics are being recorded, and where Prometheus scrapes them. */
@Component
class MetricsHealthIndicator implements HealthIndicator {

    private final MeterRegistry registry;

    MetricsHealthIndicator(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("meters", registry.getMeters().size())
                .withDetail("scrape", "/actuator/prometheus")
                .build();
    }
}
