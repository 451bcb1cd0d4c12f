package com.catalog.query.audit.trail;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads any event generically: its payload as JSON fields and its serialised type and revision. Payload classes
 * unknown to this app (an event type added on the write side first) are read from their stored JSON, so every event
 * is audited without the audit knowing any event class.
 */
@Component
class AuditedEvent {

    private final ObjectMapper json;
    private final Serializer eventSerializer;

    AuditedEvent(ObjectMapper json, @Qualifier("eventSerializer") Serializer eventSerializer) {
        // the app's mapper leaves nulls out (spring.jackson.default-property-inclusion); a field set to null is a change
        this.json = json.copy().setDefaultPropertyInclusion(JsonInclude.Include.ALWAYS);
        this.eventSerializer = eventSerializer;
    }

    ObjectNode fieldsOf(EventMessage<?> event) {
        JsonNode fields = event.getPayload() instanceof UnknownSerializedType unknown
                ? unknown.readData(JsonNode.class)
                : json.valueToTree(event.getPayload());
        return fields instanceof ObjectNode object ? object : json.createObjectNode();
    }

    /** A payload object's fields, as {@link #fieldsOf} reads an event's. */
    ObjectNode fieldsOfPayload(Object payload) {
        JsonNode fields = json.valueToTree(payload);
        return fields instanceof ObjectNode object ? object : json.createObjectNode();
    }

    SerializedType typeOf(EventMessage<?> event) {
        return event.getPayload() instanceof UnknownSerializedType unknown
                ? unknown.serializedType()
                : eventSerializer.typeForClass(event.getPayloadType());
    }

    static String aggregateTypeOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getType() : null;
    }

    static String aggregateIdOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    static Long sequenceOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
    }

    static String metaData(EventMessage<?> event, String key) {
        return event.getMetaData().get(key) instanceof String value ? value : null;
    }
}
