package com.catalog.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appends events to the event store as the command side would, for the query side's integration tests, and answers
 * each one's global position: what a reader passes as its minimum position to read its own write.
 */
public final class EventAppender {

    /** The metadata of a change an admin made. */
    public static final Map<String, String> ADMIN_ACTOR = actor("admin-1", "ADMIN");

    private final EventStore eventStore;
    private final JdbcClient jdbc;

    public EventAppender(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** The metadata the command side stores with an event: who made the change, in which role. */
    public static Map<String, String> actor(String actorId, String role) {
        return Map.of("actorId", actorId, "actorRole", role);
    }

    /** @return the global position of the appended event */
    public long append(String aggregateType, String aggregateId, long sequence, Object payload, Map<String, ?> metaData) {
        return append(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, metaData));
    }

    /** @return the global position of the appended message (for a test that needs its identifier or timestamp) */
    public long append(DomainEventMessage<?> message) {
        eventStore.publish(message);
        return positionOf(message.getIdentifier());
    }

    /**
     * Stores a row as the command side's Jackson serialiser would, for a payload type this app has no class for.
     *
     * @return the global position of the stored event
     */
    public long appendSerialized(String aggregateType, String aggregateId, long sequence, String payloadType,
                                 String payloadJson, String metaDataJson) {
        String eventId = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (:id, :aggregateId, :sequence, :type, :time, :payloadType, '1', :payload,
                            convert_to(:metaData, 'UTF8'))""")
                .param("id", eventId)
                .param("aggregateId", aggregateId)
                .param("sequence", sequence)
                .param("type", aggregateType)
                .param("time", Instant.now().toString())
                .param("payloadType", payloadType)
                .param("payload", payloadJson.getBytes(StandardCharsets.UTF_8))
                .param("metaData", metaDataJson)
                .update();
        return positionOf(eventId);
    }

    /** @return the global position of the stored event with this identifier */
    public long positionOf(String eventIdentifier) {
        return jdbc.sql("SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?")
                .param(eventIdentifier).query(Long.class).single();
    }
}
