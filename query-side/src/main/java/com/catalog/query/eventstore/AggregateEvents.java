package com.catalog.query.eventstore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

/**
 * One aggregate's stored events from its start, read straight from the storage engine: upcast like any other read
 * (stored revision-1 events come out in today's shape), and never a snapshot. The one way query-side features read
 * an aggregate's own history (public before-values, point-in-time product pages).
 */
@Component
public class AggregateEvents {

    private final EventStorageEngine storage;

    AggregateEvents(EventStorageEngine storage) {
        this.storage = storage;
    }

    /** The events in sequence order, up to (not including) the first one {@code keep} refuses. */
    public List<DomainEventMessage<?>> readWhile(String aggregateId, Predicate<DomainEventMessage<?>> keep) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = storage.readEvents(aggregateId, 0);
        while (stream.hasNext() && keep.test(stream.peek())) {
            events.add(stream.next());
        }
        return events;
    }
}
