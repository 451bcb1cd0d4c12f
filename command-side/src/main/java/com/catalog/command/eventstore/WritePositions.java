package com.catalog.command.eventstore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads back where a completed command's events were appended. */
@Component
public class WritePositions {

    private static final String LATEST_OF_AGGREGATE = """
            SELECT max(sequence_number) AS version, max(global_index) AS position
            FROM %s WHERE aggregate_identifier = ?""".formatted(EventStoreTables.DOMAIN_EVENTS);

    private final JdbcClient jdbc;

    WritePositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Call only after the command completed: its transaction has committed, so the rows are visible.
     *
     * @throws IllegalStateException if the aggregate has no events, which means the caller broke that contract
     */
    public WritePosition latestOf(String aggregateId) {
        return jdbc.sql(LATEST_OF_AGGREGATE)
                .param(aggregateId)
                .query((rs, row) -> {
                    long position = rs.getLong("position");
                    if (rs.wasNull()) {
                        throw new IllegalStateException("no events stored for aggregate " + aggregateId);
                    }
                    return new WritePosition(rs.getLong("version"), position);
                })
                .single();
    }
}
