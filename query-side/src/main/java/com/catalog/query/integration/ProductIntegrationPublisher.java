package com.catalog.query.integration;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductUnpublishedEvent;
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

    @EventHandler
    void on(ProductCreatedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(events.created(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    @EventHandler
    void on(ProductPublishedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(events.published(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    @EventHandler
    void on(ProductUnpublishedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(events.unpublished(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    @EventHandler
    void on(ProductDiscontinuedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(events.discontinued(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    @EventHandler
    void on(ProductRestoredEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(events.restored(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    @EventHandler
    void on(ProductPriceChangedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(events.priceChanged(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    private void send(IntegrationEventEnvelope event) {
        ProducerRecord<String, byte[]> record = records.record(event);
        PendingSends.ofCurrentBatch(properties.sendTimeout()).add(kafka.send(record));
    }
}
