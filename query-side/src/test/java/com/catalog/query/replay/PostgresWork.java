package com.catalog.query.replay;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What PostgreSQL did for the benchmark's database between two samples: the CPU time of its server processes
 * ({@code /proc/<pid>/stat}, so only when the server runs on this machine, as here) and the transactions committed.
 * <p>
 * Counted: the backends connected to this database, plus the server's shared WAL writer, checkpointer and background
 * writer, which also work for everybody else's databases (on a quiet machine, for this one). A backend that ends
 * between two samples loses its CPU time in between; the app's connection pool keeps its connections, so none does.
 * Commits come from {@code pg_stat_database}, which backends update about once a second: close, not exact.
 */
final class PostgresWork {

    /** Linux reports process times in USER_HZ ticks, 100 a second on every architecture the JVM runs here. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final JdbcClient jdbc;
    private final Map<Integer, Long> ticksAtStart;
    private final long commitsAtStart;

    private PostgresWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.ticksAtStart = ticks(jdbc);
        this.commitsAtStart = commits(jdbc);
    }

    static PostgresWork from(JdbcClient jdbc) {
        return new PostgresWork(jdbc);
    }

    /** CPU seconds and commits since the start, as a pair of numbers for the table. */
    Sample sinceStart() {
        Map<Integer, Long> now = ticks(jdbc);
        long ticks = 0;
        for (Map.Entry<Integer, Long> process : now.entrySet()) {
            ticks += process.getValue() - ticksAtStart.getOrDefault(process.getKey(), 0L);
        }
        return new Sample(ticks / TICKS_PER_SECOND, commits(jdbc) - commitsAtStart);
    }

    record Sample(double cpuSeconds, long commits) {
    }

    private static Map<Integer, Long> ticks(JdbcClient jdbc) {
        List<Integer> pids = jdbc.sql("""
                        SELECT pid FROM pg_stat_activity
                        WHERE datname = current_database()
                           OR backend_type IN ('walwriter', 'checkpointer', 'background writer')""")
                .query(Integer.class).list();
        Map<Integer, Long> ticks = new HashMap<>();
        for (int pid : pids) {
            Path stat = Path.of("/proc", Integer.toString(pid), "stat");
            try {
                String line = Files.readString(stat);
                // fields after the command name (which may hold spaces) end in ')'; utime and stime are 14th and 15th
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
            } catch (IOException | RuntimeException gone) {
                // ended since the query, or the server runs elsewhere: its time is not counted
            }
        }
        return ticks;
    }

    private static long commits(JdbcClient jdbc) {
        return jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
                .query(Long.class).single();
    }
}
