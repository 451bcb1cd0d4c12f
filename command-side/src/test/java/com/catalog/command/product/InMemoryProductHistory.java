package com.catalog.command.product;

import com.catalog.events.value.ProductId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/** The product's stored events without the database: the same payloads the fixture is given, numbered from 0. */
class InMemoryProductHistory implements ProductHistory {

    private final List<Object> payloads;

    InMemoryProductHistory(Object... payloads) {
        this.payloads = List.of(payloads);
    }

    @Override
    public List<DomainEventMessage<?>> upTo(ProductId productId, long version) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence <= version && sequence < payloads.size(); sequence++) {
            events.add(new GenericDomainEventMessage<>("Product", productId.value(), sequence, payloads.get(sequence)));
        }
        return events;
    }
}
