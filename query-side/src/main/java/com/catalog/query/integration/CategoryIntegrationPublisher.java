package com.catalog.query.integration;

import com.catalog.events.category.CategoryEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Publishes the public category events to {@code catalog.category.v1}; never replayed, like the product publisher. */
@Component
@DisallowReplay
@ProcessingGroup(CategoryIntegrationPublisher.PROCESSOR)
class CategoryIntegrationPublisher {

    static final String PROCESSOR = "category-integration-publisher";

    private final CategoryIntegrationEvents events;
    private final IntegrationEventSender sender;

    CategoryIntegrationPublisher(CategoryIntegrationEvents events, IntegrationEventSender sender) {
        this.events = events;
        this.sender = sender;
    }

    @EventHandler
    void on(CategoryEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt, TrackingToken token) {
        events.of(event, EventCoordinates.of(eventId, sequence, occurredAt, token)).ifPresent(sender::send);
    }
}
