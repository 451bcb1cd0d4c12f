package com.catalog.query.replay;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.eventhandling.EventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-over of a live processor's segments across replicas, coordinated through PostgreSQL
 * ({@code read.projection_handover}). The replica running a replay {@link #request requests} it before it claims the
 * live processor's segments; every other replica's watcher, polling every {@code catalog.replay.handover-poll}, stops
 * its own processor of that name while the request stands (a stopped processor releases its segment claims) and
 * starts it again once the request is {@link #withdraw withdrawn}. So a replay no longer fails because another
 * replica holds a live segment. A replica that dies while stopped for a request leaves nothing behind. The requester's
 * own watcher renews its requests at every poll; a request not renewed for {@link #STALE_POLLS} polls (at least
 * {@link #MIN_STALE_MILLIS}) is the request of a replica that died, and the others start their processors again.
 */
final class LiveHandover implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveHandover.class);

    /** Polls a request may miss before the others treat its requester as dead. */
    static final int STALE_POLLS = 20;
    static final long MIN_STALE_MILLIS = 10_000;

    private final JdbcClient jdbc;
    private final Function<String, Optional<EventProcessor>> processors;
    private final String instance;
    private final long staleMillis;
    private final Set<String> stoppedHere = new HashSet<>();
    private final ScheduledExecutorService watcher;

    LiveHandover(JdbcClient jdbc, Function<String, Optional<EventProcessor>> processors, long pollMillis) {
        this.jdbc = jdbc;
        this.processors = processors;
        this.instance = UUID.randomUUID().toString();
        this.staleMillis = Math.max(MIN_STALE_MILLIS, STALE_POLLS * pollMillis);
        this.watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "replay-handover-watcher");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(this::watchSafely, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    /** Asks every other replica to stop its processor of this name. */
    void request(String processor) {
        jdbc.sql("""
                        INSERT INTO read.projection_handover (processor_name, requested_by, requested_at)
                        VALUES (:name, :instance, now())
                        ON CONFLICT (processor_name) DO UPDATE SET requested_by = EXCLUDED.requested_by,
                                                                   requested_at = EXCLUDED.requested_at""")
                .param("name", processor).param("instance", instance).update();
    }

    /** The other replicas may run their processor of this name again. */
    void withdraw(String processor) {
        jdbc.sql("DELETE FROM read.projection_handover WHERE processor_name = :name AND requested_by = :instance")
                .param("name", processor).param("instance", instance).update();
    }

    private void watchSafely() {
        try {
            watch();
        } catch (RuntimeException e) {
            log.atWarn().setMessage("Hand-over watcher failed, trying again: {}").addArgument(e.toString()).log();
        }
    }

    synchronized void watch() {
        // the heartbeat of this replica's own requests
        jdbc.sql("UPDATE read.projection_handover SET requested_at = now() WHERE requested_by = :instance")
                .param("instance", instance).update();
        Set<String> requested = new HashSet<>(jdbc.sql("""
                        SELECT processor_name FROM read.projection_handover
                        WHERE requested_by <> :instance AND requested_at > now() - make_interval(secs => :stale)""")
                .param("instance", instance).param("stale", staleMillis / 1000.0).query(String.class).list());
        for (String name : requested) {
            if (!stoppedHere.contains(name)) {
                processors.apply(name).filter(EventProcessor::isRunning).ifPresent(processor -> {
                    log.atInfo().setMessage("Stopping {} here: another replica replays it and takes its segments")
                            .addArgument(name).addKeyValue("processor", name).log();
                    processor.shutdownAsync().join();
                    stoppedHere.add(name);
                });
            }
        }
        for (String name : List.copyOf(stoppedHere)) {
            if (!requested.contains(name)) {
                processors.apply(name).ifPresent(EventProcessor::start);
                stoppedHere.remove(name);
                log.atInfo().setMessage("Starting {} here again: the other replica's replay has ended")
                        .addArgument(name).addKeyValue("processor", name).log();
            }
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
    }
}
