package com.catalog.query.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;

import java.time.Instant;

/**
 * An event row as Axon's storage engine read it, with its time already parsed by {@link StoredTimestamps}: Axon's
 * entry would parse its text again at each {@code getTimestamp()}. Everything else is the row's.
 */
final class StoredTimestampEventData<T> implements TrackedEventData<T>, DomainEventData<T> {

    private final TrackedEventData<T> row;
    private final DomainEventData<T> domainRow;
    private final Instant timestamp;

    @SuppressWarnings("unchecked")
    StoredTimestampEventData(TrackedEventData<T> row, Instant timestamp) {
        this.row = row;
        this.domainRow = (DomainEventData<T>) row;
        this.timestamp = timestamp;
    }

    @Override
    public TrackingToken trackingToken() {
        return row.trackingToken();
    }

    @Override
    public String getEventIdentifier() {
        return row.getEventIdentifier();
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }

    @Override
    public SerializedObject<T> getMetaData() {
        return row.getMetaData();
    }

    @Override
    public SerializedObject<T> getPayload() {
        return row.getPayload();
    }

    @Override
    public String getType() {
        return domainRow.getType();
    }

    @Override
    public String getAggregateIdentifier() {
        return domainRow.getAggregateIdentifier();
    }

    @Override
    public long getSequenceNumber() {
        return domainRow.getSequenceNumber();
    }

    @Override
    public String toString() {
        return row.toString();
    }
}
