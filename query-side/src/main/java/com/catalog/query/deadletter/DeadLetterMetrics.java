package com.catalog.query.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code catalog_dead_letters{processing_group}}: letters waiting per projection, counted in the table at each
 * scrape. Anything above zero means a projection skipped events of some aggregates (alert "DLQ not empty").
 */
@Component
class DeadLetterMetrics {

    static final String NAME = "catalog.dead.letters";

    private final DeadLetters deadLetters;
    private final MeterRegistry registry;

    DeadLetterMetrics(DeadLetters deadLetters, MeterRegistry registry) {
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    /** After Axon started, which creates the queues. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        deadLetters.groups().forEach(group -> Gauge.builder(NAME, deadLetters, letters -> letters.count(group))
                .description("Dead letters waiting in a projection's queue")
                .tag("processing_group", group)
                .register(registry));
    }
}
