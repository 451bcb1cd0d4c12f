package com.catalog.query.integration;

import java.net.URI;
import java.time.Instant;

/**
 * One public integration event with its CloudEvents attributes, built once by {@link IntegrationEvents} and
 * rendered either as a Kafka record ({@link IntegrationRecords}) or as an item of the catch-up API.
 *
 * @param id       CloudEvents {@code id}: the internal event's id, stable across redeliveries
 * @param type     CloudEvents {@code type}, e.g. {@code com.catalog.product.created.v1}
 * @param topic    the Kafka topic of this type
 * @param source   CloudEvents {@code source}
 * @param subject  CloudEvents {@code subject}: the aggregate id (product, category, brand), also the Kafka key
 * @param time     CloudEvents {@code time}: when the internal event was committed
 * @param sequence the aggregate's sequence number (extension {@code sequence}, header {@code ce_sequence})
 * @param data     the public integration event record (the JSON body)
 * @param position the event's global event-store position (Kafka header {@code catalog_position})
 */
public record IntegrationEventEnvelope(String id, String type, String topic, URI source, String subject, Instant time,
                                       long sequence, Object data, long position) {

    /** The envelope of an event of {@code aggregateId} at {@code coordinates}; only type, topic and body differ. */
    static IntegrationEventEnvelope of(String type, String topic, URI source, String aggregateId,
                                       EventCoordinates coordinates, Object data) {
        return new IntegrationEventEnvelope(coordinates.eventId(), type, topic, source, aggregateId,
                coordinates.occurredAt(), coordinates.sequence(), data, coordinates.position());
    }
}
