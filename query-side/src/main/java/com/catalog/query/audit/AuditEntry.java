package com.catalog.query.audit;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code read.audit_entry}: who changed what, when, from where, for one event of the event store.
 *
 * @param aggregateType   the aggregate's type as Axon stored it (e.g. {@code Product}); null for events without one
 * @param eventType       simple name of the payload type (e.g. {@code ProductPriceChangedEvent})
 * @param payloadType     fully qualified payload type as serialised
 * @param payloadRevision the payload's {@code @Revision}
 */
public record AuditEntry(
        String eventId,
        long position,
        String aggregateType,
        String aggregateId,
        Long sequence,
        String eventType,
        String payloadType,
        String payloadRevision,
        Instant occurredAt,
        String actorId,
        String actorRole,
        String correlationId,
        String clientIp,
        List<FieldChange> changes) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }

    /** {@code com.catalog.events.product.ProductCreatedEvent} → {@code ProductCreatedEvent}, the {@code eventType}. */
    public static String eventTypeOf(String payloadType) {
        return payloadType.substring(Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$')) + 1);
    }
}
