package com.catalog.query.integration;

import java.time.Instant;

/**
 * Where an internal event sits in the store: its id (the public event's {@code ce_id}), the aggregate's sequence
 * number and when it happened.
 */
public record EventCoordinates(String eventId, long sequence, Instant occurredAt) {
}
