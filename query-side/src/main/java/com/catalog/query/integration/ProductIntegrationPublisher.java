package com.catalog.query.integration;

import com.catalog.events.product.ProductEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Publishes the public product events to {@code catalog.product.v1}. A side effect, so never replayed: a reset of
 * this processor must not re-announce years of history to every subscriber. Each topic family has a processor of
 * its own, so one family's position (and lag) does not wait for another's.
 */
@Component
@DisallowReplay
@ProcessingGroup(ProductIntegrationPublisher.PROCESSOR)
class ProductIntegrationPublisher {

    static final String PROCESSOR = "product-integration-publisher";

    private final ProductIntegrationEvents events;
    private final IntegrationEventSender sender;

    ProductIntegrationPublisher(ProductIntegrationEvents events, IntegrationEventSender sender) {
        this.events = events;
        this.sender = sender;
    }

    /**
     * One handler for every product event: which of them have a public counterpart is decided in one place,
     * {@link ProductIntegrationEvents#of}, which the catch-up endpoint uses too.
     */
    @EventHandler
    void on(ProductEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt, TrackingToken token) {
        events.of(event, EventCoordinates.of(eventId, sequence, occurredAt, token)).ifPresent(sender::send);
    }
}
