package com.catalog.query.audit.history;

import com.catalog.query.audit.AuditEntry;
import com.catalog.query.audit.FieldChange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyset-paged reads of {@code read.audit_entry}, newest first. One row more than asked tells whether there is a next
 * page; every filter maps to an indexed column with {@code global_position} as the second key.
 */
@Repository
class AuditEntryReader {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    // OFFSET 0 keeps the planner from turning min/max into a walk of the position index: the window is read from the
    // (occurred_at, global_position) index alone (EXPLAIN on 300,000 entries: an old hour 198 ms → 0.9 ms)
    private static final String WINDOW_POSITIONS = """
            global_position BETWEEN
                (SELECT coalesce(min(p), 0) FROM (SELECT global_position AS p FROM read.audit_entry
                                                 WHERE occurred_at >= :from AND occurred_at < :to OFFSET 0) w)
                AND (SELECT coalesce(max(p), 0) FROM (SELECT global_position AS p FROM read.audit_entry
                                                     WHERE occurred_at >= :from AND occurred_at < :to OFFSET 0) w)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RowMapper<AuditEntry> row = this::entry;

    AuditEntryReader(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return up to {@code limit} entries, and whether more follow */
    AuditSlice page(AuditQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", query.limit() + 1);
        List<String> where = conditions(query, params);
        String sql = "SELECT * FROM read.audit_entry"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY global_position DESC LIMIT :limit";
        List<AuditEntry> rows = jdbc.query(sql, params, row);
        boolean more = rows.size() > query.limit();
        return new AuditSlice(more ? rows.subList(0, query.limit()) : rows, more);
    }

    private static List<String> conditions(AuditQuery query, MapSqlParameterSource params) {
        List<String> where = new ArrayList<>();
        filter(where, params, "actor_id = :actorId", "actorId", query.actorId());
        filter(where, params, "aggregate_type = :aggregateType", "aggregateType", query.aggregateType());
        filter(where, params, "aggregate_id = :aggregateId", "aggregateId", query.aggregateId());
        // the simple name is indexed; a fully qualified one narrows it down further
        filter(where, params, "event_type = :eventType", "eventType",
                query.eventType() == null ? null : AuditEntry.eventTypeOf(query.eventType()));
        filter(where, params, "payload_type = :payloadType", "payloadType",
                query.eventType() != null && query.eventType().contains(".") ? query.eventType() : null);
        filter(where, params, "occurred_at >= :from", "from", query.from() == null ? null : Timestamp.from(query.from()));
        filter(where, params, "occurred_at < :to", "to", query.to() == null ? null : Timestamp.from(query.to()));
        filter(where, params, "global_position < :before", "before", query.beforePosition());
        if (query.from() != null && query.to() != null) {
            // walking positions down from the head to a window far in the past would read every newer entry on the
            // way; the window's own position range (an index-only scan of the window) lets the walk start inside it
            where.add(WINDOW_POSITIONS);
        }
        return where;
    }

    private static void filter(List<String> where, MapSqlParameterSource params, String condition, String name,
                               Object value) {
        if (value != null) {
            where.add(condition);
            params.addValue(name, value);
        }
    }

    private AuditEntry entry(ResultSet rs, int rowNumber) throws SQLException {
        long sequence = rs.getLong("sequence_number");
        return new AuditEntry(rs.getString("event_id"), rs.getLong("global_position"), rs.getString("aggregate_type"),
                rs.getString("aggregate_id"), rs.wasNull() ? null : sequence, rs.getString("event_type"),
                rs.getString("payload_type"), rs.getString("payload_revision"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_id"), rs.getString("actor_role"),
                rs.getString("correlation_id"), rs.getString("client_ip"), changes(rs.getString("changes")));
    }

    private List<FieldChange> changes(String stored) {
        try {
            return json.readValue(stored, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit changes", e);
        }
    }
}
