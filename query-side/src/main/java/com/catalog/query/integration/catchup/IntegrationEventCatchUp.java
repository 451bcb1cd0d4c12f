package com.catalog.query.integration.catchup;

import com.catalog.query.integration.EventCoordinates;
import com.catalog.query.integration.IntegrationEvents;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the event store from a global position and turns each internal event into its public integration event
 * with the same mapping the Kafka publisher uses. Events without a public counterpart (users, anything unknown) are
 * examined and skipped: they count towards {@code limit} and move {@code next}, so a page never stalls on them. The
 * same holds for events of other topics when the caller asks for one topic only.
 */
@Service
class IntegrationEventCatchUp {

    private final EventStorageEngine eventStore;
    private final IntegrationEvents events;

    IntegrationEventCatchUp(EventStorageEngine eventStore, IntegrationEvents events) {
        this.eventStore = eventStore;
        this.events = events;
    }

    /** @param topic only events of this topic, or null for all; others are examined and skipped like private ones */
    IntegrationEventPage page(long after, int limit, String topic) {
        long head = head();
        List<IntegrationEventItem> items = new ArrayList<>();
        long next = after;
        try (Stream<? extends TrackedEventMessage<?>> stream =
                     eventStore.readEvents(GapAwareTrackingToken.newInstance(after, List.of()), false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = stream.iterator();
            for (int examined = 0; examined < limit && iterator.hasNext(); examined++) {
                TrackedEventMessage<?> message = iterator.next();
                long position = message.trackingToken().position().orElseThrow();
                next = Math.max(next, position);
                toItem(position, message).filter(item -> topic == null || topic.equals(item.topic()))
                        .ifPresent(items::add);
            }
        }
        return new IntegrationEventPage(items, next, Math.max(head, next));
    }

    private Optional<IntegrationEventItem> toItem(long position, TrackedEventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain) || UnknownSerializedType.class.equals(message.getPayloadType())) {
            return Optional.empty();
        }
        EventCoordinates coordinates = new EventCoordinates(domain.getIdentifier(), domain.getSequenceNumber(),
                domain.getTimestamp(), position);
        return events.of(domain.getPayload(), coordinates).map(event -> IntegrationEventItem.of(position, event));
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }
}
