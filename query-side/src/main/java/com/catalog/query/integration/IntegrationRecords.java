package com.catalog.query.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

/**
 * Renders a public integration event (built by {@link IntegrationEvents}) as a Kafka record: JSON value,
 * key = subject (the aggregate id, for per-aggregate order), CloudEvents binary-mode headers ({@code ce_*}) with the
 * aggregate sequence as extension {@code sequence} so subscribers can drop duplicates and stale events, and the
 * event's global event-store position as header {@value #POSITION}, so a subscriber can hand over between the
 * snapshot or catch-up API and Kafka. An envelope without data (a product state's tombstone) has a null value.
 */
@Component
class IntegrationRecords {

    static final String POSITION = "catalog_position";

    private final ObjectMapper json;

    IntegrationRecords(ObjectMapper json) {
        this.json = json;
    }

    ProducerRecord<String, byte[]> record(IntegrationEventEnvelope event) {
        CloudEventBuilder cloudEvent = CloudEventBuilder.v1()
                .withId(event.id())
                .withType(event.type())
                .withSource(event.source())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withExtension("sequence", Long.toString(event.sequence()));
        if (event.data() != null) {
            cloudEvent.withDataContentType("application/json").withData(serialize(event.data()));
        }
        ProducerRecord<String, byte[]> record =
                KafkaMessageFactory.createWriter(event.topic(), event.subject()).writeBinary(cloudEvent.build());
        record.headers().add(POSITION, Long.toString(event.position()).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private byte[] serialize(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Integration event not serialisable", e);
        }
    }
}
