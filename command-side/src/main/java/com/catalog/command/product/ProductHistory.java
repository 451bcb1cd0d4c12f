package com.catalog.command.product;

import com.catalog.events.value.ProductId;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** A product's own stored events, which an undo replays up to the version it restores. */
interface ProductHistory {

    /** The events with sequence 0..{@code version}, upcast, in order (never a snapshot). */
    List<DomainEventMessage<?>> upTo(ProductId productId, long version);
}
