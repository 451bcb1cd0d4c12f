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

    // keyed by event id: a redelivered or replayed event is written once; a taken position is handled in insert()
    private static final String INSERT = """
            INSERT INTO audit_entry (event_id, global_position, aggregate_type, aggregate_id, sequence_number,
                                          event_type, payload_type, payload_revision, occurred_at, actor_id,
                                          actor_role, correlation_id, client_ip, changes)
            VALUES (:eventId, :position, :aggregateType, :aggregateId, :sequence, :eventType, :payloadType,
                    :payloadRevision, :occurredAt, :actorId, :actorRole, :correlationId, :clientIp,
                    CAST(:changes AS jsonb))
            ON CONFLICT DO NOTHING
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditEntryStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The position normally comes from the event's tracking token. An event that commits late, after events with
     * higher positions were already handled, fills a gap of the token, whose index stays at the highest position:
     * that position is then taken by the other event, and this one's own position is read from the event store.
     *
     * @return whether the entry was new (false when this event was audited before)
     */
    boolean insert(AuditEntry entry) {
        if (insertAt(entry, entry.position())) {
            return true;
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_entry WHERE event_id = ?)").param(entry.eventId())
                .query(Boolean.class).single()) {
            return false;
        }
        long stored = jdbc.sql("SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?")
                .param(entry.eventId()).query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("Event " + entry.eventId() + " is not in the event store"));
        if (!insertAt(entry, stored)) {
            throw new IllegalStateException("Audit position " + stored + " of event " + entry.eventId() + " is taken");
        }
        return true;
    }

    private boolean insertAt(AuditEntry entry, long position) {
        return jdbc.sql(INSERT)
                .param("eventId", entry.eventId())
                .param("position", position)
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
