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
public class PublisherPositions {

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
        List<StoredToken> tokens = tokens(processor);
        if (tokens.isEmpty() || tokens.stream().anyMatch(t -> t.type() != null && !GAP_AWARE.equals(t.type()))) {
            return OptionalLong.empty();
        }
        return tokens.stream().mapToLong(this::position).min();
    }

    /**
     * How far {@code catalog.product.v1} is published without holes: the lowest position over the product
     * publisher's segments below which every event is on Kafka (a segment's open gaps — transactions not committed
     * yet — keep it below them). 0 before the publisher stored anything.
     */
    public long productEventsPublishedUpTo() {
        List<StoredToken> tokens = tokens(ProductIntegrationPublisher.PROCESSOR);
        return tokens.stream().mapToLong(this::gapFreePosition).min().orElse(0);
    }

    private List<StoredToken> tokens(String processor) {
        return jdbc.sql("SELECT token, token_type FROM read.token_entry WHERE processor_name = ?")
                .param(processor)
                .query((row, i) -> new StoredToken(row.getBytes("token"), row.getString("token_type")))
                .list();
    }

    private long gapFreePosition(StoredToken token) {
        if (token.bytes() == null) {
            return 0;
        }
        JsonNode parsed = parse(token);
        long lowestGap = Long.MAX_VALUE;
        for (JsonNode gap : parsed.path("gaps")) {
            lowestGap = Math.min(lowestGap, gap.asLong());
        }
        return Math.min(parsed.path("index").asLong(0), lowestGap - 1);
    }

    private long position(StoredToken token) {
        return token.bytes() == null ? 0 : parse(token).path("index").asLong(0);
    }

    private JsonNode parse(StoredToken token) {
        try {
            return json.readTree(token.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable token of type " + token.type(), e);
        }
    }

    private record StoredToken(byte[] bytes, String type) {
    }
}
