package com.catalog.command.product;

import com.catalog.events.value.ProductId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * Reads the product's events from the storage engine rather than the event store, which would start at the latest
 * snapshot: an undo needs the events before it.
 */
@Component
class EventStoreProductHistory implements ProductHistory {

    private final EventStorageEngine storage;

    EventStoreProductHistory(EventStorageEngine storage) {
        this.storage = storage;
    }

    @Override
    public List<DomainEventMessage<?>> upTo(ProductId productId, long version) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = storage.readEvents(productId.value(), 0);
        while (stream.hasNext() && stream.peek().getSequenceNumber() <= version) {
            events.add(stream.next());
        }
        return events;
    }
}
