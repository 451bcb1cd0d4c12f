package com.catalog.ratelimit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counters every replica adds its hits to: one row per bucket and window ({@code bucket, window_start, hits}).
 * One statement adds a batch of local hits and reads back the shared counts of those buckets for the windows the
 * limiter still weighs. Rows are added in key order, so two replicas flushing the same buckets cannot deadlock.
 */
final class SharedCounterTable {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    private final JdbcTemplate jdbc;
    private final String addAndRead;
    private final String prune;

    SharedCounterTable(JdbcTemplate jdbc, String table) {
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.addAndRead = """
                WITH delta AS (
                    SELECT * FROM unnest(?::varchar[], ?::timestamptz[], ?::integer[]) AS d (bucket, window_start, hits)),
                added AS (
                    INSERT INTO %1$s AS c (bucket, window_start, hits)
                    SELECT bucket, window_start, hits FROM delta ORDER BY bucket, window_start
                    ON CONFLICT (bucket, window_start) DO UPDATE SET hits = c.hits + EXCLUDED.hits
                    RETURNING c.bucket, c.window_start, c.hits)
                SELECT bucket, window_start, hits FROM added
                UNION ALL
                SELECT c.bucket, c.window_start, c.hits FROM %1$s c
                WHERE c.bucket = ANY (?::varchar[]) AND c.window_start >= ?
                  AND NOT EXISTS (SELECT 1 FROM added a WHERE a.bucket = c.bucket AND a.window_start = c.window_start)
                """.formatted(table);
        this.prune = "DELETE FROM " + table + " WHERE window_start < ?";
    }

    /** One bucket's hits in the window starting at {@code windowStart}. */
    record Count(String bucket, Instant windowStart, long hits) {
    }

    /**
     * Adds {@code hits} and answers the shared counts of their buckets in every window from {@code since} on
     * (the ones just added included).
     */
    List<Count> addAndRead(List<Count> hits, Instant since) {
        return jdbc.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(addAndRead)) {
                int size = hits.size();
                String[] buckets = new String[size];
                Timestamp[] windows = new Timestamp[size];
                Integer[] counts = new Integer[size];
                for (int i = 0; i < size; i++) {
                    buckets[i] = hits.get(i).bucket();
                    windows[i] = Timestamp.from(hits.get(i).windowStart());
                    counts[i] = Math.toIntExact(hits.get(i).hits());
                }
                Array bucketArray = connection.createArrayOf("varchar", buckets);
                statement.setArray(1, bucketArray);
                statement.setArray(2, connection.createArrayOf("timestamptz", windows));
                statement.setArray(3, connection.createArrayOf("integer", counts));
                statement.setArray(4, bucketArray);
                statement.setTimestamp(5, Timestamp.from(since));
                return read(statement);
            }
        });
    }

    /** Drops the windows that ended before {@code cutoff}; no limiter weighs them any more. */
    int pruneBefore(Instant cutoff) {
        return jdbc.update(prune, Timestamp.from(cutoff));
    }

    private static List<Count> read(PreparedStatement statement) throws SQLException {
        List<Count> counts = new ArrayList<>();
        try (var rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.add(new Count(rows.getString(1), rows.getTimestamp(2).toInstant(), rows.getLong(3)));
            }
        }
        return counts;
    }
}
