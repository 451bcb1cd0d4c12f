package com.catalog.query.audit.trail;

import com.catalog.query.product.ProductEvents;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.query.audit.AuditEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class AuditedEventTest {

    private final JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
    /** Like the app's mapper, which leaves null properties out of its JSON. */
    private final AuditedEvent events = new AuditedEvent(
            new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL), serializer);

    @Test
    void a_known_payload_keeps_its_null_fields_because_setting_a_field_to_null_is_a_change() {
        ObjectNode fields = events.fieldsOf(GenericEventMessage.asEventMessage(
                ProductEvents.created("p-1", "s-1", "Desk", null, "SKU-1", 100, "EUR")));

        assertThat(fields.has("costPrice")).isTrue();
        assertThat(fields.get("costPrice").isNull()).isTrue();
        assertThat(fields.get("prices").get(0).get("amount").asLong()).isEqualTo(100);
    }

    @Test
    void a_known_payload_is_typed_by_its_class_and_revision() {
        var type = events.typeOf(GenericEventMessage.asEventMessage(
                ProductEvents.created("p-1", "s-1", "Desk", null, "SKU-1", 100, "EUR")));

        assertThat(type.getName()).isEqualTo(ProductCreatedEvent.class.getName());
        assertThat(type.getRevision()).isEqualTo("2");
    }

    @Test
    void a_payload_of_a_type_this_app_does_not_know_is_read_from_its_stored_json() {
        SimpleSerializedType stored = new SimpleSerializedType("com.example.BrandRenamedEvent", "3");
        UnknownSerializedType unknown = new UnknownSerializedType(serializer, new SimpleSerializedObject<>(
                "{\"brandId\":\"b-1\",\"oldName\":\"Acme\",\"newName\":\"Acme Co\"}".getBytes(StandardCharsets.UTF_8),
                byte[].class, stored));
        var event = GenericEventMessage.asEventMessage(unknown);

        assertThat(events.fieldsOf(event).get("newName").asText()).isEqualTo("Acme Co");
        assertThat(events.typeOf(event).getName()).isEqualTo("com.example.BrandRenamedEvent");
        assertThat(events.typeOf(event).getRevision()).isEqualTo("3");
        assertThat(AuditEntry.eventTypeOf("com.example.BrandRenamedEvent")).isEqualTo("BrandRenamedEvent");
    }
}
