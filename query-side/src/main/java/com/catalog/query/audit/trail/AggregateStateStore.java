package com.catalog.query.audit.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The last known field values per aggregate in {@code read.audit_aggregate_state}, the "before" of the next diff. */
@Repository
class AggregateStateStore {

    // only moves forward: an event at or below the stored sequence has been applied already
    private static final String UPSERT = """
            INSERT INTO audit_aggregate_state (aggregate_id, aggregate_type, state, last_sequence)
            VALUES (:aggregateId, :aggregateType, CAST(:state AS jsonb), :sequence)
            ON CONFLICT (aggregate_id) DO UPDATE SET state = EXCLUDED.state, last_sequence = EXCLUDED.last_sequence
            WHERE audit_aggregate_state.last_sequence < EXCLUDED.last_sequence
            """;

    record KnownState(ObjectNode fields, long lastSequence) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AggregateStateStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<KnownState> find(String aggregateId) {
        return jdbc.sql("SELECT state::text AS state, last_sequence FROM audit_aggregate_state WHERE aggregate_id = ?")
                .param(aggregateId)
                .query((rs, n) -> new KnownState(parse(rs.getString("state")), rs.getLong("last_sequence")))
                .optional();
    }

    void save(String aggregateId, String aggregateType, ObjectNode state, long sequence) {
        jdbc.sql(UPSERT)
                .param("aggregateId", aggregateId)
                .param("aggregateType", aggregateType)
                .param("state", state.toString())
                .param("sequence", sequence)
                .update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM audit_aggregate_state").update();
    }

    private ObjectNode parse(String state) {
        try {
            return (ObjectNode) json.readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit state", e);
        }
    }
}
