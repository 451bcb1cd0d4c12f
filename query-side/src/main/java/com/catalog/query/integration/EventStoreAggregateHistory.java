package com.catalog.query.integration;

import com.catalog.query.eventstore.AggregateEvents;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads an aggregate's earlier events from the event store (upcast like any other read). Categories and brands
 * change rarely and have short streams, so one indexed read per change event is cheap.
 */
@Component
class EventStoreAggregateHistory implements AggregateHistory {

    private final AggregateEvents events;

    EventStoreAggregateHistory(AggregateEvents events) {
        this.events = events;
    }

    @Override
    public List<Object> before(String aggregateId, long sequence) {
        return events.readWhile(aggregateId, event -> event.getSequenceNumber() < sequence).stream()
                .<Object>map(Message::getPayload).toList();
    }
}
