package com.catalog.query.eventstore;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tokens a streaming processor has committed, read straight from the token table without claiming anything.
 * <p>
 * A stored token moves in the same transaction as a PostgreSQL projection's rows (and only after Elasticsearch or
 * Kafka accepted a batch), so it says what the target really holds, on every replica alike; a processor's in-memory
 * status only knows the segments this replica claims, and may run ahead of a batch that is failing and retrying.
 * Axon's own {@code TokenStore.fetchToken} would claim the segment, hence the plain query.
 */
@Component
public class StoredTokens {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** @return segment id → committed token (null for a segment that has handled nothing yet), in segment order */
    public Map<Integer, TrackingToken> of(String processorName) {
        Map<Integer, TrackingToken> tokens = new LinkedHashMap<>();
        jdbc.sql("SELECT segment, token, token_type FROM read.token_entry WHERE processor_name = ? ORDER BY segment")
                .param(processorName)
                .query(row -> {
                    byte[] token = row.getBytes("token");
                    String type = row.getString("token_type");
                    tokens.put(row.getInt("segment"), token == null || type == null ? null : deserialize(token, type));
                });
        return tokens;
    }

    private TrackingToken deserialize(byte[] token, String type) {
        return serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
    }
}
