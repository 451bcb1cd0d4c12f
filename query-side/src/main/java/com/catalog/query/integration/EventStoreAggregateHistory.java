package com.catalog.query.integration;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an aggregate's earlier events from the event store (upcast like any other read). Categories and brands
 * change rarely and have short streams, so one indexed read per change event is cheap.
 */
@Component
class EventStoreAggregateHistory implements AggregateHistory {

    private final EventStorageEngine eventStore;

    EventStoreAggregateHistory(EventStorageEngine eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<Object> before(String aggregateId, long sequence) {
        List<Object> payloads = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() >= sequence) {
                break;
            }
            payloads.add(event.getPayload());
        }
        return payloads;
    }
}
