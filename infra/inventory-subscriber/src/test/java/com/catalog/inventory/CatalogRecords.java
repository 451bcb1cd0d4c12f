package com.catalog.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;

import com.catalog.events.integration.ProductStateV1;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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

    /** A record of the state topic as the catalog's state publisher writes it; a null state is a tombstone. */
    static ProducerRecord<String, byte[]> state(String stateTopic, String productId, long sequence, long position,
                                                Object state) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(UUID.randomUUID() + "/state")
                .withType(ProductStateV1.TYPE)
                .withSource(SOURCE)
                .withSubject(productId)
                .withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withExtension("sequence", Long.toString(sequence));
        if (state != null) {
            event.withDataContentType("application/json").withData(serialize(new ObjectMapper(), state));
        }
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(stateTopic, productId).writeBinary(event.build());
        record.headers().add("catalog_position", Long.toString(position).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** The same record again, as the publisher re-sends it after a crash: same ce_id, same everything. */
    static ProducerRecord<String, byte[]> redelivery(ProducerRecord<String, byte[]> original) {
        return new ProducerRecord<>(original.topic(), null, original.key(), original.value(), original.headers());
    }

    private byte[] serialize(Object body) {
        return serialize(json, body);
    }

    private static byte[] serialize(ObjectMapper json, Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
