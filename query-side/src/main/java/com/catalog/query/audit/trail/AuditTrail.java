package com.catalog.query.audit.trail;

import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.query.eventstore.AggregateEvents;
import com.catalog.query.product.details.PastProductAsUndo;
import com.catalog.query.audit.AuditEntry;
import com.catalog.query.audit.FieldChange;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedType;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** Turns one event into its audit entry and moves its aggregate's known state forward. */
@Service
class AuditTrail {

    private static final String ACTOR_ID = "actorId";
    private static final String ACTOR_ROLE = "actorRole";
    private static final String CORRELATION_ID = "correlationId";
    private static final String CLIENT_IP = "clientIp";

    private final AuditedEvent events;
    private final AuditEntryStore entries;
    private final AggregateStateStore states;
    private final AuditProperties properties;
    private final ObjectMapper json;
    private final AggregateEvents aggregateEvents;

    AuditTrail(AuditedEvent events, AuditEntryStore entries, AggregateStateStore states, AuditProperties properties,
               ObjectMapper json, AggregateEvents aggregateEvents) {
        this.aggregateEvents = aggregateEvents;
        this.events = events;
        this.entries = entries;
        this.states = states;
        this.properties = properties;
        this.json = json;
    }

    void record(EventMessage<?> event, long position) {
        SerializedType type = events.typeOf(event);
        String aggregateType = AuditedEvent.aggregateTypeOf(event);
        String aggregateId = AuditedEvent.aggregateIdOf(event);
        Long sequence = AuditedEvent.sequenceOf(event);
        boolean personal = properties.isPrivate(aggregateType, type.getName());
        boolean tracked = aggregateId != null && !personal;
        Optional<AggregateStateStore.KnownState> known = tracked ? states.find(aggregateId) : Optional.empty();
        ObjectNode before = known.map(AggregateStateStore.KnownState::fields).orElseGet(json::createObjectNode);
        if (tracked && sequence != null && event.getPayload() instanceof ProductRevertedEvent undo) {
            before.setAll(productBeforeUndo(aggregateId, sequence, undo));
        }
        FieldDiff.Result diff = FieldDiff.apply(before, events.fieldsOf(event), aggregateId);
        List<FieldChange> changes = !personal ? diff.changes()
                : diff.changes().stream().map(change -> FieldChange.masked(change.field())).toList();
        AuditEntry entry = new AuditEntry(event.getIdentifier(), position, aggregateType, aggregateId, sequence,
                AuditEntry.eventTypeOf(type.getName()), type.getName(), type.getRevision(), event.getTimestamp(),
                AuditedEvent.metaData(event, ACTOR_ID), AuditedEvent.metaData(event, ACTOR_ROLE),
                AuditedEvent.metaData(event, CORRELATION_ID),
                // an IP address is personal data too: not kept for events of private aggregates
                personal ? null : AuditedEvent.metaData(event, CLIENT_IP), changes);
        boolean firstTime = entries.insert(entry);
        if (firstTime && tracked && known.map(k -> k.lastSequence() < sequence).orElse(true)) {
            states.save(aggregateId, aggregateType, diff.state(), sequence);
        }
    }

    /**
     * An undo states the whole product (both versions) in fields no other event has, so against the generic known
     * state every one of them would show as new. Its "before" is the product just before it, rebuilt from its events
     * in the same shape; the diff then names exactly what the undo changed.
     */
    private ObjectNode productBeforeUndo(String productId, long sequence, ProductRevertedEvent undo) {
        return PastProductAsUndo.of(aggregateEvents.readWhile(productId, e -> e.getSequenceNumber() < sequence),
                        undo.revertedToVersion())
                .map(events::fieldsOfPayload)
                .orElseGet(json::createObjectNode);
    }

    void forgetEverything() {
        entries.deleteAll();
        states.deleteAll();
    }
}
