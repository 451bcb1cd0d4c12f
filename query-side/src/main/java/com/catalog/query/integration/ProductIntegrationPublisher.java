package com.catalog.query.integration;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.query.integration.ProductIntegrationRecords.EventCoordinates;
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
    private final ProductIntegrationRecords records;
    private final IntegrationProperties properties;

    ProductIntegrationPublisher(KafkaTemplate<String, byte[]> kafka, ProductIntegrationRecords records,
                                IntegrationProperties properties) {
        this.kafka = kafka;
        this.records = records;
        this.properties = properties;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(records.created(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    @EventHandler
    void on(ProductPublishedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(records.published(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    @EventHandler
    void on(ProductUnpublishedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(records.unpublished(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    @EventHandler
    void on(ProductDiscontinuedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(records.discontinued(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    @EventHandler
    void on(ProductRestoredEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(records.restored(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    @EventHandler
    void on(ProductPriceChangedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt) {
        send(records.priceChanged(event, new EventCoordinates(eventId, sequence, occurredAt)));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        PendingSends.ofCurrentBatch(properties.sendTimeout()).add(kafka.send(record));
    }
}
