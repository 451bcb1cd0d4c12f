package com.catalog.query.audit.trail;

import com.catalog.query.audit.AuditEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;

/** Writes {@code read.audit_entry}; runs inside the Axon batch's transaction. */
@Repository
class AuditEntryStore {

    // keyed by event id: a redelivered or replayed event is written once
    private static final String INSERT = """
            INSERT INTO audit_entry (event_id, global_position, aggregate_type, aggregate_id, sequence_number,
                                          event_type, payload_type, payload_revision, occurred_at, actor_id,
                                          actor_role, correlation_id, client_ip, changes)
            VALUES (:eventId, :position, :aggregateType, :aggregateId, :sequence, :eventType, :payloadType,
                    :payloadRevision, :occurredAt, :actorId, :actorRole, :correlationId, :clientIp,
                    CAST(:changes AS jsonb))
            ON CONFLICT (event_id) DO NOTHING
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditEntryStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return whether the entry was new (false when this event was audited before) */
    boolean insert(AuditEntry entry) {
        return jdbc.sql(INSERT)
                .param("eventId", entry.eventId())
                .param("position", entry.position())
                .param("aggregateType", entry.aggregateType())
                .param("aggregateId", entry.aggregateId())
                .param("sequence", entry.sequence())
                .param("eventType", entry.eventType())
                .param("payloadType", entry.payloadType())
                .param("payloadRevision", entry.payloadRevision())
                .param("occurredAt", Timestamp.from(entry.occurredAt()))
                .param("actorId", entry.actorId())
                .param("actorRole", entry.actorRole())
                .param("correlationId", entry.correlationId())
                .param("clientIp", entry.clientIp())
                .param("changes", toJson(entry))
                .update() == 1;
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM audit_entry").update();
    }

    private String toJson(AuditEntry entry) {
        try {
            return json.writeValueAsString(entry.changes());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Changes of event " + entry.eventId() + " are not serialisable", e);
        }
    }
}
