package com.catalog.command.product.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code event_store.import_job}; every method joins the current transaction, if any. */
@Repository
class ImportJobs {

    private static final String COLUMNS = "id, owner_id, owner_role, publish, status, total, created_at, started_at, finished_at, error";

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(UUID id, String ownerId, String ownerRole, boolean publish) {
        jdbc.sql("INSERT INTO event_store.import_job (id, owner_id, owner_role, publish, status, total) VALUES (?, ?, ?, ?, 'QUEUED', 0)")
                .params(id, ownerId, ownerRole, publish).update();
    }

    void setTotal(UUID id, int total) {
        jdbc.sql("UPDATE event_store.import_job SET total = ? WHERE id = ?").params(total, id).update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_store.import_job WHERE id = ?").param(id)
                .query(ImportJobs::job).optional();
    }

    List<ImportJob> ofOwner(String ownerId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_store.import_job WHERE owner_id = ? ORDER BY created_at DESC LIMIT ?")
                .params(ownerId, limit).query(ImportJobs::job).list();
    }

    /** Queued jobs start; any replica may do it, only one changes each row. */
    void startQueued() {
        jdbc.sql("UPDATE event_store.import_job SET status = 'RUNNING', started_at = now() WHERE status = 'QUEUED'").update();
    }

    /** Running jobs, oldest first: workers finish one before they start on the next. */
    List<ImportJob> running() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM event_store.import_job WHERE status = 'RUNNING' ORDER BY created_at")
                .query(ImportJobs::job).list();
    }

    long countRunning() {
        return jdbc.sql("SELECT count(*) FROM event_store.import_job WHERE status = 'RUNNING'").query(Long.class).single();
    }

    /** Completes the job once no line is pending (a line another worker is on is still pending until it commits). */
    boolean completeIfDone(UUID id) {
        return jdbc.sql("""
                        UPDATE event_store.import_job SET status = 'COMPLETED', finished_at = now()
                        WHERE id = ? AND status = 'RUNNING'
                          AND NOT EXISTS (SELECT 1 FROM event_store.import_line WHERE job_id = ? AND state = 'PENDING')""")
                .params(id, id).update() == 1;
    }

    /** @return false when the job had already ended */
    boolean cancel(UUID id) {
        return jdbc.sql("""
                        UPDATE event_store.import_job SET status = 'CANCELED', finished_at = now()
                        WHERE id = ? AND status IN ('QUEUED', 'RUNNING')""").param(id).update() == 1;
    }

    void fail(UUID id, String error) {
        jdbc.sql("UPDATE event_store.import_job SET status = 'FAILED', finished_at = now(), error = ? WHERE id = ? AND status = 'RUNNING'")
                .params(error, id).update();
    }

    private static ImportJob job(ResultSet rs, int row) throws SQLException {
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("owner_id"), rs.getString("owner_role"),
                rs.getBoolean("publish"), ImportStatus.valueOf(rs.getString("status")), rs.getInt("total"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"), rs.getString("error"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
