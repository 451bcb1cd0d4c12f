package com.catalog.query.integration;

import com.catalog.events.brand.BrandEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Publishes the public brand events to {@code catalog.brand.v1}; never replayed, like the product publisher. */
@Component
@DisallowReplay
@ProcessingGroup(BrandIntegrationPublisher.PROCESSOR)
class BrandIntegrationPublisher {

    static final String PROCESSOR = "brand-integration-publisher";

    private final BrandIntegrationEvents events;
    private final IntegrationEventSender sender;

    BrandIntegrationPublisher(BrandIntegrationEvents events, IntegrationEventSender sender) {
        this.events = events;
        this.sender = sender;
    }

    @EventHandler
    void on(BrandEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt, TrackingToken token) {
        events.of(event, EventCoordinates.of(eventId, sequence, occurredAt, token)).ifPresent(sender::send);
    }
}
