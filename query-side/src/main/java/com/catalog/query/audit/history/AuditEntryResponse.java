package com.catalog.query.audit.history;

import com.catalog.query.audit.AuditEntry;
import com.catalog.query.audit.FieldChange;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "One event of the event store: who changed what, when and from where")
record AuditEntryResponse(
        @Schema(description = "Event id (also the integration events' ce_id)") String eventId,
        @Schema(description = "Global event-store position", example = "1842") long position,
        @Schema(description = "Aggregate type", example = "Product") String aggregateType,
        @Schema(description = "Aggregate id") String aggregateId,
        @Schema(description = "Aggregate version after this event (sequence number)", example = "2") Long version,
        @Schema(description = "Event type", example = "ProductPriceChangedEvent") String eventType,
        @Schema(description = "Fully qualified payload type") String payloadType,
        @Schema(description = "Payload revision", example = "1") String revision,
        @Schema(description = "When the event was stored") Instant occurredAt,
        @Schema(description = "Who acted: the JWT subject of the request") String actorId,
        @Schema(description = "The role the actor acted with", example = "SELLER") String actorRole,
        @Schema(description = "The request's X-Correlation-Id") String correlationId,
        @Schema(description = "The client's IP address as the command side saw it") String clientIp,
        List<FieldChange> changes) {

    static AuditEntryResponse of(AuditEntry e) {
        return new AuditEntryResponse(e.eventId(), e.position(), e.aggregateType(), e.aggregateId(), e.sequence(),
                e.eventType(), e.payloadType(), e.payloadRevision(), e.occurredAt(), e.actorId(), e.actorRole(),
                e.correlationId(), e.clientIp(), e.changes());
    }
}
