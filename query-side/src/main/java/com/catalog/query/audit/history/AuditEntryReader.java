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

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RowMapper<AuditEntry> row = this::entry;

    AuditEntryReader(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return up to {@code limit} entries, and whether more follow */
    AuditSlice page(AuditQuery query) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource("limit", query.limit() + 1);
        filter(where, params, "actor_id = :actorId", "actorId", query.actorId());
        filter(where, params, "aggregate_type = :aggregateType", "aggregateType", query.aggregateType());
        filter(where, params, "aggregate_id = :aggregateId", "aggregateId", query.aggregateId());
        filter(where, params, "(event_type = :eventType OR payload_type = :eventType)", "eventType", query.eventType());
        filter(where, params, "occurred_at >= :from", "from", query.from() == null ? null : Timestamp.from(query.from()));
        filter(where, params, "occurred_at < :to", "to", query.to() == null ? null : Timestamp.from(query.to()));
        filter(where, params, "global_position < :before", "before", query.beforePosition());
        String sql = "SELECT * FROM read.audit_entry"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY global_position DESC LIMIT :limit";
        List<AuditEntry> rows = jdbc.query(sql, params, row);
        boolean more = rows.size() > query.limit();
        return new AuditSlice(more ? rows.subList(0, query.limit()) : rows, more);
    }

    boolean exists(String aggregateType, String aggregateId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM read.audit_entry WHERE aggregate_id = :id AND aggregate_type = :type)",
                new MapSqlParameterSource("id", aggregateId).addValue("type", aggregateType), Boolean.class));
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
