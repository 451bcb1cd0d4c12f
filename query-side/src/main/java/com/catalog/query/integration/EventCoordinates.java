package com.catalog.query.integration;

import org.axonframework.eventhandling.TrackingToken;

import java.time.Instant;

/**
 * Where an internal event sits in the store: its id (the public event's {@code ce_id}), the aggregate's sequence
 * number, when it happened and its global position (the Kafka header {@code catalog_position}).
 */
public record EventCoordinates(String eventId, long sequence, Instant occurredAt, long position) {

    /** The coordinates of an event a streaming processor handles; its token holds the global position. */
    static EventCoordinates of(String eventId, long sequence, Instant occurredAt, TrackingToken token) {
        return new EventCoordinates(eventId, sequence, occurredAt, token.position().orElseThrow(
                () -> new IllegalStateException("event " + eventId + " tracked without a position")));
    }
}
