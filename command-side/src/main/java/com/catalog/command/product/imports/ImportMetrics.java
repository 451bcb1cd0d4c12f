package com.catalog.command.product.imports;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code catalog.imports.running} (jobs running on any replica, read from PostgreSQL at scrape time) and
 * {@code catalog.imports.lines{outcome=succeeded|failed}} (lines this replica finished).
 */
@Component
class ImportMetrics {

    private final Counter succeeded;
    private final Counter failed;

    ImportMetrics(MeterRegistry registry, ImportJobs jobs) {
        Gauge.builder("catalog.imports.running", jobs, ImportJobs::countRunning)
                .description("Import jobs in status RUNNING").register(registry);
        succeeded = lines(registry, "succeeded");
        failed = lines(registry, "failed");
    }

    void succeeded() {
        succeeded.increment();
    }

    void failed() {
        failed.increment();
    }

    private static Counter lines(MeterRegistry registry, String outcome) {
        return Counter.builder("catalog.imports.lines").tag("outcome", outcome)
                .description("Import lines processed by this replica, by outcome").register(registry);
    }
}
