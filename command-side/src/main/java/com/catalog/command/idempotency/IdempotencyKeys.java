package com.catalog.command.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code event_store.idempotency_key}. Every method joins the current Spring transaction, if there is one: a single
 * write claims its key in the transaction that appends its events.
 */
@Repository
class IdempotencyKeys {

    /** PostgreSQL's SQLSTATE lock_not_available: lock_timeout ran out. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    /*
     * A new key is inserted; an expired one is taken over. A live key is left alone (0 rows) and read by find().
     * If another transaction holds an uncommitted claim of the same key, the insert waits for it (bounded by
     * lock_timeout): when it commits, this one sees the key taken and replays its answer; when it rolls back, this
     * one gets the key.
     */
    private static final String CLAIM = """
            INSERT INTO event_store.idempotency_key (caller_id, idempotency_key, request_hash, state, expires_at)
            VALUES (?, ?, ?, 'IN_FLIGHT', now() + ? * interval '1 millisecond')
            ON CONFLICT (caller_id, idempotency_key) DO UPDATE
            SET request_hash = EXCLUDED.request_hash, state = 'IN_FLIGHT', response_status = NULL,
                response_headers = NULL, response_body = NULL, created_at = now(), expires_at = EXCLUDED.expires_at
            WHERE event_store.idempotency_key.expires_at <= now()""";
    private static final String FIND = """
            SELECT request_hash, response_status, response_headers, response_body FROM event_store.idempotency_key
            WHERE caller_id = ? AND idempotency_key = ? AND expires_at > now()""";
    private static final String COMPLETE = """
            UPDATE event_store.idempotency_key
            SET state = 'COMPLETED', response_status = ?, response_headers = ?::jsonb, response_body = ?
            WHERE caller_id = ? AND idempotency_key = ?""";
    private static final String RELEASE = """
            DELETE FROM event_store.idempotency_key WHERE caller_id = ? AND idempotency_key = ? AND state = 'IN_FLIGHT'""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    IdempotencyKeys(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Claims the key for this caller, waiting at most {@code wait} for another transaction's claim of it.
     *
     * @return empty when claimed; otherwise the record of the request that holds it
     * @throws IdempotencyKeyInFlightException when the other claim did not end within {@code wait}
     */
    Optional<KeyRecord> claim(String callerId, String key, byte[] fingerprint, Duration ttl, Duration wait) {
        String previousTimeout = jdbc.sql("SELECT current_setting('lock_timeout')").query(String.class).single();
        setLockTimeout(wait.toMillis() + "ms");
        Optional<KeyRecord> holder;
        try {
            holder = claimOrFind(callerId, key, fingerprint, ttl);
        } catch (DataAccessException e) {
            // the transaction is aborted and rolls back, which also ends the SET LOCAL
            throw lockTimedOut(e) ? new IdempotencyKeyInFlightException() : e;
        }
        // the command that follows in this transaction waits for its own locks as long as it always did
        setLockTimeout(previousTimeout);
        return holder;
    }

    private Optional<KeyRecord> claimOrFind(String callerId, String key, byte[] fingerprint, Duration ttl) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (jdbc.sql(CLAIM).params(callerId, key, fingerprint, ttl.toMillis()).update() == 1) {
                return Optional.empty();
            }
            Optional<KeyRecord> holder = find(callerId, key);
            if (holder.isPresent()) {
                return holder;
            }
            // it expired and was purged between the two statements: claim again
        }
        throw new IllegalStateException("idempotency key " + key + " is neither claimable nor held");
    }

    void complete(String callerId, String key, StoredResponse response) {
        jdbc.sql(COMPLETE).params(response.status(), toJson(response.headers()), response.body(), callerId, key).update();
    }

    /** Forgets a claim whose request failed, so the client may retry with the same key. */
    void release(String callerId, String key) {
        jdbc.sql(RELEASE).params(callerId, key).update();
    }

    /** @return the number of keys deleted */
    int purgeExpired() {
        return jdbc.sql("DELETE FROM event_store.idempotency_key WHERE expires_at <= now()").update();
    }

    private Optional<KeyRecord> find(String callerId, String key) {
        return jdbc.sql(FIND).params(callerId, key).query((rs, row) -> {
            int status = rs.getInt("response_status");
            StoredResponse response = rs.wasNull() ? null
                    : new StoredResponse(status, fromJson(rs.getString("response_headers")), rs.getBytes("response_body"));
            return new KeyRecord(rs.getBytes("request_hash"), response);
        }).optional();
    }

    private void setLockTimeout(String value) {
        jdbc.sql("SELECT set_config('lock_timeout', ?, true)").param(value).query(String.class).single();
    }

    private static boolean lockTimedOut(DataAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private String toJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    private Map<String, String> fromJson(String headers) {
        try {
            return json.readValue(headers, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headers are not JSON", e);
        }
    }
}
