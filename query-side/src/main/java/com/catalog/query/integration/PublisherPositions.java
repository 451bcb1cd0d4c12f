package com.catalog.query.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;

/**
 * How far a publisher processor has published, read from its stored tokens rather than from the processor's
 * in-memory status: while Kafka is down, a failing batch releases its segment, so the in-memory status is empty
 * exactly when the lag matters. The stored token is also the same on every replica, so the lag is global.
 */
@Component
class PublisherPositions {

    private static final String GAP_AWARE = GapAwareTrackingToken.class.getName();

    private final JdbcClient jdbc;
    private final EventStorageEngine eventStore;
    private final ObjectMapper json;

    PublisherPositions(JdbcClient jdbc, EventStorageEngine eventStore, ObjectMapper json) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.json = json;
    }

    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    /**
     * @return the lowest position over the processor's segments (0 for a segment that has handled nothing yet);
     *         empty when the processor has no stored segments yet or a token of another kind (not expected for
     *         publishers, which are never replayed)
     */
    OptionalLong slowestPosition(String processor) {
        List<StoredToken> tokens = jdbc.sql("SELECT token, token_type FROM read.token_entry WHERE processor_name = ?")
                .param(processor)
                .query((row, i) -> new StoredToken(row.getBytes("token"), row.getString("token_type")))
                .list();
        if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.type() != null && !GAP_AWARE.equals(t.type()))) {
            return OptionalLong.empty();
        }
        return tokens.stream().mapToLong(this::position).min();
    }

    private long position(StoredToken token) {
        if (token.bytes() == null) {
            return 0;
        }
        try {
            JsonNode parsed = json.readTree(token.bytes());
            return parsed.path("index").asLong(0);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable token of type " + token.type(), e);
        }
    }

    private record StoredToken(byte[] bytes, String type) {
    }
}
