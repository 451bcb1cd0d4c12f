package com.catalog.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Builds Kafka records the way the catalog's publisher does (query-side ProductIntegrationRecords): CloudEvents
 * binary mode, key = subject = product id, extension {@code sequence} (header {@code ce_sequence}), JSON body.
 */
final class CatalogRecords {

    private static final URI SOURCE = URI.create("urn:catalog:command-side");
    private final ObjectMapper json = new ObjectMapper();
    private final String topic;

    CatalogRecords(String topic) {
        this.topic = topic;
    }

    /** A record with a fresh ce_id. */
    ProducerRecord<String, byte[]> record(String type, String productId, long sequence, Object body) {
        return record(UUID.randomUUID().toString(), type, productId, sequence, body);
    }

    ProducerRecord<String, byte[]> record(String id, String type, String productId, long sequence, Object body) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withType(type)
                .withSource(SOURCE)
                .withSubject(productId)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("sequence", Long.toString(sequence))
                .withData(serialize(body))
                .build();
        return KafkaMessageFactory.createWriter(topic, productId).writeBinary(event);
    }

    /** The same record again, as the publisher re-sends it after a crash: same ce_id, same everything. */
    static ProducerRecord<String, byte[]> redelivery(ProducerRecord<String, byte[]> original) {
        return new ProducerRecord<>(original.topic(), null, original.key(), original.value(), original.headers());
    }

    private byte[] serialize(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
