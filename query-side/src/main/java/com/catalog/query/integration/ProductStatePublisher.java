package com.catalog.query.integration;

import com.catalog.events.integration.ProductStateV1;
import com.catalog.events.product.ProductEvent;
import com.catalog.query.integration.state.ProductPublicState;
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
 * Publishes each product's latest public state to the compacted topic {@code catalog.product-state.v1} after every
 * product event: {@link ProductStates} applies the event to the product's previous state, reading the product's
 * history from the event store only on a miss, so this processor keeps no table of its own. A discontinued product
 * becomes a tombstone. Sent through the same ack-before-token sender as
 * the event topics (at least once, ordered per key).
 * <p>
 * Never replayed, although a state is idempotent: a replay re-sends each product's older states before its newest,
 * so the compacted topic would show stale states to a subscriber bootstrapping meanwhile.
 */
@Component
@DisallowReplay
@ProcessingGroup(ProductStatePublisher.PROCESSOR)
class ProductStatePublisher {

    static final String PROCESSOR = "product-state-publisher";

    private final ProductStates states;
    private final IntegrationEventSender sender;
    private final IntegrationProperties properties;

    ProductStatePublisher(ProductStates states, IntegrationEventSender sender, IntegrationProperties properties) {
        this.states = states;
        this.sender = sender;
        this.properties = properties;
    }

    @EventHandler
    void on(ProductEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence,
            @Timestamp Instant occurredAt, TrackingToken token) {
        EventCoordinates at = EventCoordinates.of(eventId, sequence, occurredAt, token);
        ProductPublicState state = states.after(event, sequence);
        sender.send(state(event.productId(), at, state.toPublic(at.position()).orElse(null)));
    }

    /**
     * @param state the public state, or null for a tombstone. The CloudEvents id differs from the event's own
     *              ({@code <event id>/state}): the state is a message of its own, not a redelivery of the event.
     */
    private IntegrationEventEnvelope state(String productId, EventCoordinates at, ProductStateV1 state) {
        return new IntegrationEventEnvelope(at.eventId() + "/state", ProductStateV1.TYPE, ProductStateV1.TOPIC,
                properties.source(), productId, at.occurredAt(), at.sequence(), state, at.position());
    }
}
