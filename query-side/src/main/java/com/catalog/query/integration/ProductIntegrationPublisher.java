package com.catalog.query.integration;

import com.catalog.events.product.ProductEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Publishes the public integration events to Kafka. A side effect, so never replayed: a reset of this
 * processor must not re-announce years of history to every subscriber.
 */
@Component
@DisallowReplay
@ProcessingGroup(ProductIntegrationPublisher.PROCESSOR)
class ProductIntegrationPublisher {

    static final String PROCESSOR = "product-integration-publisher";

    private final KafkaTemplate<String, byte[]> kafka;
    private final ProductIntegrationEvents events;
    private final ProductIntegrationRecords records;
    private final IntegrationProperties properties;

    ProductIntegrationPublisher(KafkaTemplate<String, byte[]> kafka, ProductIntegrationEvents events,
                                ProductIntegrationRecords records, IntegrationProperties properties) {
        this.kafka = kafka;
        this.events = events;
        this.records = records;
        this.properties = properties;
    }

    /**
     * One handler for every product event: which of them have a public counterpart is decided in one place,
     * {@link ProductIntegrationEvents#of}, which the catch-up endpoint uses too.
     */
    @EventHandler
    void on(ProductEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        events.of(event, new EventCoordinates(eventId, sequence, occurredAt)).ifPresent(this::send);
    }

    private void send(IntegrationEventEnvelope event) {
        ProducerRecord<String, byte[]> record = records.record(event);
        PendingSends.ofCurrentBatch(properties.sendTimeout()).add(kafka.send(record));
    }
}
