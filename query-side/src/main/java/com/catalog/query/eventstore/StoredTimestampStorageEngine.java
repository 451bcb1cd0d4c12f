package com.catalog.query.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Axon's JDBC storage engine whose streamed events carry their time parsed once, by {@link StoredTimestamps},
 * instead of by Axon's formatter at every read. Rows, tokens, gaps and SQL are Axon's own.
 */
final class StoredTimestampStorageEngine extends JdbcEventStorageEngine {

    private final String timestampColumn;

    StoredTimestampStorageEngine(Builder builder, EventSchema schema) {
        super(builder);
        this.timestampColumn = schema.timestampColumn();
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        TrackedEventData<?> row = super.getTrackedEventData(resultSet, previousToken);
        if (!(row instanceof DomainEventData<?>)) {
            return row;
        }
        return new StoredTimestampEventData(row, StoredTimestamps.parse(resultSet.getString(timestampColumn)));
    }
}
