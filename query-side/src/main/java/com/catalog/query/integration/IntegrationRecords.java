package com.catalog.query.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

/**
 * Renders a public integration event (built by {@link IntegrationEvents}) as a Kafka record: JSON value,
 * key = subject (the aggregate id, for per-aggregate order), CloudEvents binary-mode headers ({@code ce_*}) with the
 * aggregate sequence as extension {@code sequence} so subscribers can drop duplicates and stale events.
 */
@Component
class IntegrationRecords {

    private final ObjectMapper json;

    IntegrationRecords(ObjectMapper json) {
        this.json = json;
    }

    ProducerRecord<String, byte[]> record(IntegrationEventEnvelope event) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.id())
                .withType(event.type())
                .withSource(event.source())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("sequence", Long.toString(event.sequence()))
                .withData(serialize(event.data()))
                .build();
        return KafkaMessageFactory.createWriter(event.topic(), event.subject()).writeBinary(cloudEvent);
    }

    private byte[] serialize(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Integration event not serialisable", e);
        }
    }
}
