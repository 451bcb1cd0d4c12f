package com.catalog.query.integration;

import com.catalog.events.integration.PriceV1;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Turns internal events into Kafka records of the public contract: JSON value, key = product id (per-product
 * order), CloudEvents binary-mode headers ({@code ce_*}) with the aggregate sequence as extension
 * {@code sequence} so subscribers can drop duplicates and stale events.
 */
@Component
class ProductIntegrationRecords {

    static final String DRAFT = "DRAFT";

    private final ObjectMapper json;
    private final IntegrationProperties properties;

    ProductIntegrationRecords(ObjectMapper json, IntegrationProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    ProducerRecord<String, byte[]> created(ProductCreatedEvent event, EventCoordinates coordinates) {
        ProductCreatedIntegrationEvent body = new ProductCreatedIntegrationEvent(event.productId(), event.sellerId(),
                coordinates.sequence(), event.name(), event.description(), event.sku(),
                new PriceV1(event.priceAmount(), event.priceCurrency()), DRAFT);
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(coordinates.eventId())
                .withType(ProductCreatedIntegrationEvent.TYPE)
                .withSource(properties.source())
                .withSubject(event.productId())
                .withTime(coordinates.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("sequence", Long.toString(coordinates.sequence()))
                .withData(serialize(body))
                .build();
        return KafkaMessageFactory.createWriter(ProductCreatedIntegrationEvent.TOPIC, event.productId())
                .writeBinary(cloudEvent);
    }

    private byte[] serialize(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Integration event not serialisable", e);
        }
    }

    /** Where an event sits in the store: its id, the aggregate's sequence and when it happened. */
    record EventCoordinates(String eventId, long sequence, Instant occurredAt) {
    }
}
