package com.catalog.command.product.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ProblemDetail;
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
     * Locks those of {@code lineNos} that are still to do, if their job is still running, for the rest of the
     * transaction (one statement, in line order): whoever holds their lease, only one transaction at a time gets past
     * this, and a later one finds them done. @return the locked lines
     */
    Set<Integer> lockIfPending(UUID jobId, List<Integer> lineNos) {
        return new HashSet<>(jdbc.sql("""
                        SELECT l.line_no FROM event_store.import_line l JOIN event_store.import_job j ON j.id = l.job_id
                        WHERE l.job_id = ? AND l.line_no = ANY(?) AND l.state = 'PENDING' AND j.status = 'RUNNING'
                        ORDER BY l.line_no FOR UPDATE OF l""")
                .params(jobId, lineNos.toArray(Integer[]::new)).query(Integer.class).list());
    }

    /**
     * Records a transaction's outcomes in one batch: created lines SUCCEEDED with their product, refused ones FAILED
     * with their problem, both with the body cleared; lines that failed unexpectedly wait {@code retryDelay} before
     * any worker takes them again. The caller holds the lines' locks ({@link #lockIfPending}).
     */
    void finish(UUID jobId, List<LineOutcome> finished, List<Integer> retry, Duration retryDelay) {
        if (!finished.isEmpty()) {
            batch.batchUpdate("""
                            UPDATE event_store.import_line SET state = ?, status = ?, product_id = ?, problem = ?::jsonb,
                              body = NULL, lease_until = NULL
                            WHERE job_id = ? AND line_no = ?""",
                    finished, finished.size(), (statement, outcome) -> {
                        statement.setString(1, outcome.problem() == null ? "SUCCEEDED" : "FAILED");
                        statement.setInt(2, outcome.status());
                        statement.setString(3, outcome.productId());
                        statement.setString(4, outcome.problem() == null ? null : toJson(outcome.problem()));
                        statement.setObject(5, jobId);
                        statement.setInt(6, outcome.lineNo());
                    });
        }
        if (!retry.isEmpty()) {
            jdbc.sql("""
                            UPDATE event_store.import_line SET lease_until = now() + ? * interval '1 millisecond'
                            WHERE job_id = ? AND line_no = ANY(?) AND state = 'PENDING'""")
                    .params(retryDelay.toMillis(), jobId, retry.toArray(Integer[]::new)).update();
        }
    }

    /**
     * Gives claimed lines back at once, their try not counted: their transaction was lost through no fault of theirs
     * (another line's failure rolled it back whole).
     */
    void handBack(UUID jobId, List<Integer> lineNos) {
        if (!lineNos.isEmpty()) {
            jdbc.sql("""
                            UPDATE event_store.import_line SET lease_until = NULL, attempts = greatest(attempts - 1, 0)
                            WHERE job_id = ? AND line_no = ANY(?) AND state = 'PENDING'""")
                    .params(jobId, lineNos.toArray(Integer[]::new)).update();
        }
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

    private String toJson(ProblemDetail problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a problem is always JSON", e);
        }
    }

    private JsonNode tree(String problem) {
        try {
            return json.readTree(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored problem is not JSON", e);
        }
    }
}
