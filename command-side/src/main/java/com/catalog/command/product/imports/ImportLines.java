package com.catalog.command.product.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code event_store.import_line}; every method joins the current transaction, if any. */
@Repository
class ImportLines {

    /*
     * The lowest pending lines nobody holds (or whose holder's lease ran out), leased in one statement; SKIP LOCKED
     * lets workers of every replica claim side by side without waiting on each other.
     */
    private static final String CLAIM = """
            UPDATE event_store.import_line l
            SET lease_until = now() + ? * interval '1 millisecond', attempts = l.attempts + 1
            FROM (SELECT job_id, line_no FROM event_store.import_line
                  WHERE job_id = ? AND state = 'PENDING' AND (lease_until IS NULL OR lease_until < now())
                  ORDER BY line_no LIMIT ? FOR UPDATE SKIP LOCKED) free
            WHERE l.job_id = free.job_id AND l.line_no = free.line_no
            RETURNING l.job_id, l.line_no, l.body, l.attempts""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json;

    ImportLines(JdbcClient jdbc, JdbcTemplate batch, ObjectMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    void insert(UUID jobId, List<StagedLine> lines) {
        batch.batchUpdate("INSERT INTO event_store.import_line (job_id, line_no, body, state) VALUES (?, ?, ?, 'PENDING')",
                lines, lines.size(), (statement, line) -> {
                    statement.setObject(1, jobId);
                    statement.setInt(2, line.lineNo());
                    statement.setString(3, line.body());
                });
    }

    List<ClaimedLine> claim(UUID jobId, int limit, Duration lease) {
        return jdbc.sql(CLAIM).params(lease.toMillis(), jobId, limit)
                .query((rs, row) -> new ClaimedLine(rs.getObject("job_id", UUID.class), rs.getInt("line_no"),
                        rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    /**
     * Locks the line for the rest of the transaction if it is still to do and its job still running: whoever holds
     * its lease, only one transaction at a time gets past this, and a later one finds it done.
     */
    boolean lockIfPending(UUID jobId, int lineNo) {
        return jdbc.sql("""
                        SELECT 1 FROM event_store.import_line l JOIN event_store.import_job j ON j.id = l.job_id
                        WHERE l.job_id = ? AND l.line_no = ? AND l.state = 'PENDING' AND j.status = 'RUNNING'
                        FOR UPDATE OF l""")
                .params(jobId, lineNo).query(Integer.class).optional().isPresent();
    }

    void succeeded(UUID jobId, int lineNo, String productId) {
        jdbc.sql("""
                        UPDATE event_store.import_line SET state = 'SUCCEEDED', status = 201, product_id = ?, body = NULL,
                          lease_until = NULL
                        WHERE job_id = ? AND line_no = ?""")
                .params(productId, jobId, lineNo).update();
    }

    /** Only a pending line: a worker whose lease ran out and lost the line to another records nothing. */
    void failed(UUID jobId, int lineNo, int status, String problemJson) {
        jdbc.sql("""
                        UPDATE event_store.import_line SET state = 'FAILED', status = ?, problem = ?::jsonb, body = NULL,
                          lease_until = NULL
                        WHERE job_id = ? AND line_no = ? AND state = 'PENDING'""")
                .params(status, problemJson, jobId, lineNo).update();
    }

    void retryLater(UUID jobId, int lineNo, Duration delay) {
        jdbc.sql("""
                        UPDATE event_store.import_line SET lease_until = now() + ? * interval '1 millisecond'
                        WHERE job_id = ? AND line_no = ? AND state = 'PENDING'""")
                .params(delay.toMillis(), jobId, lineNo).update();
    }

    LineCounts counts(UUID jobId) {
        return jdbc.sql("""
                        SELECT count(*) FILTER (WHERE state = 'SUCCEEDED') AS succeeded,
                               count(*) FILTER (WHERE state = 'FAILED') AS failed
                        FROM event_store.import_line WHERE job_id = ?""")
                .param(jobId).query((rs, row) -> new LineCounts(rs.getInt("succeeded"), rs.getInt("failed"))).single();
    }

    List<ImportFailure> failures(UUID jobId, int afterLine, int limit) {
        return jdbc.sql("""
                        SELECT line_no, status, problem FROM event_store.import_line
                        WHERE job_id = ? AND state = 'FAILED' AND line_no > ? ORDER BY line_no LIMIT ?""")
                .params(jobId, afterLine, limit)
                .query((rs, row) -> new ImportFailure(rs.getInt("line_no"), rs.getInt("status"), tree(rs.getString("problem"))))
                .list();
    }

    private JsonNode tree(String problem) {
        try {
            return json.readTree(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored problem is not JSON", e);
        }
    }
}
