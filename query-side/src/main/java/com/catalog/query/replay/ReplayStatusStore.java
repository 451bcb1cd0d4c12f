package com.catalog.query.replay;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** {@code read.projection_replay}: the last replay's status per projection, shared by the replicas. */
@Repository
class ReplayStatusStore {

    private static final String SAVE = """
            INSERT INTO read.projection_replay (processor_name, phase, target, events_done, events_total,
                events_per_second, eta_seconds, started_at, finished_at, reason, instance)
            VALUES (:name, :phase, :target, :done, :total, :rate, :eta, :startedAt, :finishedAt, :reason, :instance)
            ON CONFLICT (processor_name) DO UPDATE SET phase = EXCLUDED.phase, target = EXCLUDED.target,
                events_done = EXCLUDED.events_done, events_total = EXCLUDED.events_total,
                events_per_second = EXCLUDED.events_per_second, eta_seconds = EXCLUDED.eta_seconds,
                started_at = EXCLUDED.started_at, finished_at = EXCLUDED.finished_at, reason = EXCLUDED.reason,
                instance = EXCLUDED.instance
            """;

    private static final RowMapper<ReplayStatus> ROW = (rs, n) -> new ReplayStatus(
            ReplayPhase.valueOf(rs.getString("phase")), rs.getString("target"), rs.getLong("events_done"),
            rs.getLong("events_total"), rs.getDouble("events_per_second"), rs.getObject("eta_seconds", Long.class),
            instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")), rs.getString("reason"),
            rs.getString("instance"));

    private final JdbcClient jdbc;

    ReplayStatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(String processor, ReplayStatus status) {
        jdbc.sql(SAVE)
                .param("name", processor)
                .param("phase", status.phase().name())
                .param("target", status.target())
                .param("done", status.eventsDone())
                .param("total", status.eventsTotal())
                .param("rate", status.eventsPerSecond())
                .param("eta", status.etaSeconds())
                .param("startedAt", timestamp(status.startedAt()))
                .param("finishedAt", timestamp(status.finishedAt()))
                .param("reason", status.reason())
                .param("instance", status.instance())
                .update();
    }

    /** @return whether a replay of the projection was running (on any replica) and is now asked to stop */
    boolean requestCancel(String processor) {
        return jdbc.sql("""
                        INSERT INTO read.projection_replay_cancel (processor_name, requested_at)
                        SELECT processor_name, now() FROM read.projection_replay
                        WHERE processor_name = :name AND phase IN ('REPLAYING', 'CATCHING_UP')
                        ON CONFLICT (processor_name) DO UPDATE SET requested_at = projection_replay_cancel.requested_at""")
                .param("name", processor).update() == 1;
    }

    /** Whether the running replay of the projection (one at a time, {@link ReplayLock}) has been asked to stop. */
    boolean cancelRequested(String processor) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM read.projection_replay_cancel WHERE processor_name = :name)")
                .param("name", processor).query(Boolean.class).single();
    }

    /** A new replay starts without the cancel request of an earlier one. */
    void clearCancel(String processor) {
        jdbc.sql("DELETE FROM read.projection_replay_cancel WHERE processor_name = :name").param("name", processor).update();
    }

    ReplayStatus find(String processor) {
        return jdbc.sql("SELECT * FROM read.projection_replay WHERE processor_name = ?").param(processor)
                .query(ROW).optional().orElseGet(ReplayStatus::idle);
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
