package com.catalog.query.integration;

import com.catalog.events.integration.BrandCreatedIntegrationEvent;
import com.catalog.events.integration.CategoryCreatedIntegrationEvent;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductStateV1;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code catalog_integration_publish_lag_events{topic}}: events between the head of the event store and the slowest
 * stored position of the topic's publisher processor (events not yet on Kafka, published or not), sampled every
 * {@code catalog.integration.lag-poll-interval}; and {@code catalog_integration_publish_errors_total{topic}}, counted
 * by {@link IntegrationEventSender} and registered here at zero so the series exist before the first failure.
 */
@Component
class IntegrationPublishMetrics implements MeterBinder, AutoCloseable {

    static final String LAG = "catalog.integration.publish.lag.events";
    static final String ERRORS = "catalog.integration.publish.errors";
    /** Publisher processor → its topic. */
    static final Map<String, String> TOPICS = Map.of(
            ProductIntegrationPublisher.PROCESSOR, ProductCreatedIntegrationEvent.TOPIC,
            CategoryIntegrationPublisher.PROCESSOR, CategoryCreatedIntegrationEvent.TOPIC,
            BrandIntegrationPublisher.PROCESSOR, BrandCreatedIntegrationEvent.TOPIC,
            ProductStatePublisher.PROCESSOR, ProductStateV1.TOPIC);

    private static final Logger log = LoggerFactory.getLogger(IntegrationPublishMetrics.class);

    private final PublisherPositions positions;
    private final long pollMillis;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "integration-publish-metrics");
        thread.setDaemon(true);
        return thread;
    });

    IntegrationPublishMetrics(PublisherPositions positions, IntegrationProperties properties) {
        this.positions = positions;
        this.pollMillis = properties.lagPollInterval().toMillis();
    }

    static Counter errors(MeterRegistry registry, String topic) {
        return Counter.builder(ERRORS)
                .description("Integration events Kafka did not acknowledge (each fails its batch, which is retried)")
                .tag("topic", topic)
                .register(registry);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        TOPICS.values().forEach(topic -> errors(registry, topic));
        MultiGauge lag = MultiGauge.builder(LAG)
                .description("Events in the event store not yet handled by the topic's publisher (head - position)")
                .register(registry);
        poller.scheduleWithFixedDelay(() -> refresh(lag), 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    private void refresh(MultiGauge lag) {
        try {
            lag.register(rows(), true);
        } catch (RuntimeException unavailable) {
            // an exception would cancel the schedule for good; the event store being down is reported by health
            log.warn("Could not sample the integration publish lag: {}", unavailable.toString());
        }
    }

    /** A row per topic whose publisher has stored positions; the same value on every replica. */
    private List<MultiGauge.Row<?>> rows() {
        long head = positions.head();
        return TOPICS.entrySet().stream()
                .flatMap(publisher -> positions.slowestPosition(publisher.getKey()).stream()
                        .mapToObj(slowest -> MultiGauge.Row.of(Tags.of("topic", publisher.getValue()),
                                Math.max(0, head - slowest))))
                .<MultiGauge.Row<?>>map(row -> row)
                .toList();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
