package com.catalog.query.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Replay progress gauges per processor, from the moment its first replay on this instance starts:
 * {@code catalog_replay_events_done}, {@code _events_total}, {@code catalog_replay_events_per_second},
 * {@code catalog_replay_eta_seconds} and {@code catalog_replay_phase{phase}} (1 for the current phase, else 0).
 */
@Component
class ReplayMetrics {

    private final MeterRegistry registry;
    private final Map<String, ReplayStatus> latest = new ConcurrentHashMap<>();

    ReplayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String processor, ReplayStatus status) {
        if (latest.put(processor, status) == null) {
            register(processor);
        }
    }

    private void register(String processor) {
        gauge("catalog.replay.events.done", processor, "Global position the replay has reached", ReplayStatus::eventsDone);
        gauge("catalog.replay.events.total", processor, "Head of the event store the replay runs to",
                ReplayStatus::eventsTotal);
        gauge("catalog.replay.events.per.second", processor, "Replay rate over the last sampling interval",
                ReplayStatus::eventsPerSecond);
        gauge("catalog.replay.eta.seconds", processor, "Seconds until the replay reaches the head (NaN when unknown)",
                s -> s.etaSeconds() == null ? Double.NaN : s.etaSeconds());
        for (ReplayPhase phase : ReplayPhase.values()) {
            Gauge.builder("catalog.replay.phase", latest, m -> m.get(processor).phase() == phase ? 1 : 0)
                    .description("1 for the phase the projection's last replay is in")
                    .tags("processor", processor, "phase", phase.name())
                    .register(registry);
        }
    }

    private void gauge(String name, String processor, String description, ToDoubleFunction<ReplayStatus> value) {
        Gauge.builder(name, latest, m -> value.applyAsDouble(m.get(processor)))
                .description(description)
                .tag("processor", processor)
                .register(registry);
    }
}
