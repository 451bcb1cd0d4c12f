package com.catalog.query.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Gauges {@code catalog_event_store_head}, {@code catalog_processor_position{processor,segment}} and
 * {@code catalog_processor_lag{processor}}. Segments come and go as instances claim, split and merge them, so the
 * rows are re-registered from a snapshot taken every {@code catalog.observability.progress-poll-interval}, not fixed at
 * bind time (when the processors do not even exist yet).
 */
@Component
class ProcessorProgressMetrics implements MeterBinder, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProcessorProgressMetrics.class);

    private final ProcessorProgress progress;
    private final long pollMillis;
    private final AtomicReference<ProcessingProgress> latest = new AtomicReference<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "processor-progress-metrics");
        thread.setDaemon(true);
        return thread;
    });

    ProcessorProgressMetrics(ProcessorProgress progress, ObservabilityProperties properties) {
        this.progress = progress;
        this.pollMillis = properties.progressPollInterval().toMillis();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("catalog.event.store.head", latest, snapshot -> snapshot.get() == null ? Double.NaN : snapshot.get().head())
                .description("Highest global index in the event store")
                .register(registry);
        MultiGauge positions = MultiGauge.builder("catalog.processor.position")
                .description("Global index up to which a segment of a processor has handled events").register(registry);
        MultiGauge lags = MultiGauge.builder("catalog.processor.lag")
                .description("Events between the head of the event store and the processor's slowest segment").register(registry);
        poller.scheduleWithFixedDelay(() -> refresh(positions, lags), 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    private void refresh(MultiGauge positions, MultiGauge lags) {
        try {
            ProcessingProgress snapshot = progress.current();
            latest.set(snapshot);
            positions.register(positionRows(snapshot), true);
            lags.register(lagRows(snapshot), true);
        } catch (RuntimeException unavailable) {
            // an exception would cancel the schedule for good; the event store being down is reported by health
            log.warn("Could not sample processor progress: {}", unavailable.toString());
        }
    }

    private static List<MultiGauge.Row<?>> positionRows(ProcessingProgress snapshot) {
        return snapshot.positions().entrySet().stream()
                .flatMap(processor -> processor.getValue().entrySet().stream().map(segment -> MultiGauge.Row.of(
                        Tags.of("processor", processor.getKey(), "segment", String.valueOf(segment.getKey())),
                        segment.getValue())))
                .<MultiGauge.Row<?>>map(row -> row)
                .toList();
    }

    private static List<MultiGauge.Row<?>> lagRows(ProcessingProgress snapshot) {
        return snapshot.positions().keySet().stream()
                .flatMap(processor -> snapshot.lag(processor).stream()
                        .mapToObj(lag -> MultiGauge.Row.of(Tags.of("processor", processor), lag)))
                .<MultiGauge.Row<?>>map(row -> row)
                .toList();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
