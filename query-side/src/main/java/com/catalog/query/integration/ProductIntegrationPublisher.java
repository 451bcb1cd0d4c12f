package com.catalog.query.integration;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.query.integration.ProductIntegrationRecords.EventCoordinates;
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
        PendingSends.ofCurrentBatch(properties.sendTimeout())
                .add(kafka.send(records.created(event, new EventCoordinates(eventId, sequence, occurredAt))));
    }
}
