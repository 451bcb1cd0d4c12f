package com.catalog.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Service;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Starts replays of projections into fresh targets and reports on them. One replay per projection at a time, across
 * replicas (advisory lock); the replay runs on a thread of its own, the POST only starts it.
 */
@Service
public class ProjectionReplays {

    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private final EventProcessingConfiguration processing;
    private final List<ReadModelStore> stores;
    private final ReplayLock lock;
    private final ReplayStatusStore statuses;
    private final ReplayMetrics metrics;
    private final ProjectionReplay.Dependencies dependencies;

    ProjectionReplays(EventProcessingConfiguration processing, List<ReadModelStore> stores, ReplayLock lock,
                      ReplayStatusStore statuses, ReplayMetrics metrics, ProjectionReplay.Dependencies dependencies) {
        this.processing = processing;
        this.stores = stores;
        this.lock = lock;
        this.statuses = statuses;
        this.metrics = metrics;
        this.dependencies = dependencies;
    }

    /**
     * @throws ReplayRefusedException 409 for a processor with side effects, one without a known read model, or one
     *                                being replayed already (here or on another replica)
     */
    public ReplayStatus start(String processor) {
        AbstractEventProcessor live = replayable(processor);
        ReadModelStore store = stores.stream().filter(s -> s.holds(processor)).findFirst()
                .orElseThrow(() -> ReplayRefusedException.noTarget(processor));
        ReplayLock.Held held = Optional.ofNullable(lock.tryAcquire(processor))
                .orElseThrow(() -> ReplayRefusedException.alreadyRunning(processor));
        ReplayStatus started = new ReplayStatus(ReplayPhase.REPLAYING, null, 0, 0, 0, null, Instant.now(), null, null,
                INSTANCE);
        try {
            statuses.clearCancel(processor);
            publish(processor, started);
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
        ProjectionReplay replay = new ProjectionReplay(live, store, dependencies, started, s -> publish(processor, s),
                () -> statuses.cancelRequested(processor));
        Thread thread = new Thread(() -> {
            try (held) {
                replay.run();
            }
        }, "replay-" + processor);
        thread.setDaemon(true);
        thread.start();
        return started;
    }

    /**
     * Asks the running replay of the projection, on whichever replica, to stop: within a second it drops its fresh
     * target and the live processor goes on with the old one. Once the replay has caught up (verification, swap) it
     * is too late, and the replay ends as it would have.
     *
     * @throws ReplayRefusedException 409 when no replay of it is filling or catching up
     */
    public ReplayStatus cancel(String processor) {
        replayable(processor);
        if (!statuses.requestCancel(processor)) {
            throw ReplayRefusedException.notRunning(processor);
        }
        return statuses.find(processor);
    }

    /** The last replay of the projection, from whichever replica ran it. */
    public ReplayStatus status(String processor) {
        return statuses.find(processor);
    }

    private AbstractEventProcessor replayable(String processor) {
        EventProcessor found = processing.eventProcessor(processor)
                .orElseThrow(() -> new IllegalArgumentException("no processor " + processor));
        if (!(found instanceof StreamingEventProcessor streaming) || !(found instanceof AbstractEventProcessor live)) {
            throw ReplayRefusedException.noTarget(processor);
        }
        if (!streaming.supportsReset()) {
            throw ReplayRefusedException.neverReplayed(processor);
        }
        return live;
    }

    private void publish(String processor, ReplayStatus status) {
        metrics.record(processor, status);
        statuses.save(processor, status);
    }
}
