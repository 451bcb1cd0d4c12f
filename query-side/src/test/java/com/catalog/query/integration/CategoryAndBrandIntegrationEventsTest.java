package com.catalog.query.integration;

import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandFeaturedEvent;
import com.catalog.events.brand.BrandUpdatedEvent;
import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryDeactivatedEvent;
import com.catalog.events.category.CategoryDetailsChangedEvent;
import com.catalog.events.category.CategoryMovedEvent;
import com.catalog.events.category.CategoryReorderedEvent;
import com.catalog.events.integration.BrandChangedIntegrationEvent;
import com.catalog.events.integration.BrandCreatedIntegrationEvent;
import com.catalog.events.integration.BrandDetailsV1;
import com.catalog.events.integration.CategoryChangedIntegrationEvent;
import com.catalog.events.integration.CategoryCreatedIntegrationEvent;
import com.catalog.events.integration.CategoryDetailsV1;
import com.catalog.events.integration.CategoryMovedIntegrationEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The category and brand mapping with an in-memory history standing in for the aggregate's earlier events. */
class CategoryAndBrandIntegrationEventsTest {

    private static final IntegrationProperties PROPERTIES =
            TestIntegrationProperties.defaults();

    private final String id = UUID.randomUUID().toString();
    private final List<Object> stored = new ArrayList<>();
    private final AggregateHistory history = (aggregateId, sequence) -> stored.subList(0, (int) sequence);
    private final IntegrationEvents events = new IntegrationEvents(new ProductIntegrationEvents(PROPERTIES, history),
            new CategoryIntegrationEvents(PROPERTIES, history), new BrandIntegrationEvents(PROPERTIES, history));
    private final IntegrationRecords records = new IntegrationRecords(new ObjectMapper());

    @Test
    void a_category_change_carries_only_the_fields_that_changed_before_and_after() {
        stored.add(new CategoryCreatedEvent(id, "Shoes", "shoes", "All shoes", null, 10));

        IntegrationEventEnvelope changed = map(new CategoryDetailsChangedEvent(id, "Footwear", "shoes", null));

        assertThat(changed.type()).isEqualTo(CategoryChangedIntegrationEvent.TYPE);
        assertThat(changed.topic()).isEqualTo(CategoryCreatedIntegrationEvent.TOPIC);
        assertThat(changed.subject()).isEqualTo(id);
        assertThat(changed.data()).isEqualTo(new CategoryChangedIntegrationEvent(id, 1, List.of("name", "description"),
                new CategoryDetailsV1("Shoes", null, "All shoes", null, null, null),
                new CategoryDetailsV1("Footwear", null, null, null, null, null)));
    }

    @Test
    void reordering_and_deactivating_are_category_changes_and_a_move_names_both_parents() {
        String parent = UUID.randomUUID().toString();
        stored.add(new CategoryCreatedEvent(id, "Shoes", "shoes", null, null, 10));

        assertThat(map(new CategoryReorderedEvent(id, 20)).data()).isEqualTo(new CategoryChangedIntegrationEvent(id, 1,
                List.of("sortOrder"), new CategoryDetailsV1(null, null, null, 10, null, null),
                new CategoryDetailsV1(null, null, null, 20, null, null)));
        stored.add(new CategoryReorderedEvent(id, 20));
        assertThat(map(new CategoryMovedEvent(id, null, parent)).data())
                .isEqualTo(new CategoryMovedIntegrationEvent(id, 2, null, parent));
        stored.add(new CategoryMovedEvent(id, null, parent));
        assertThat(map(new CategoryDeactivatedEvent(id)).data()).isEqualTo(new CategoryChangedIntegrationEvent(id, 3,
                List.of("active"), new CategoryDetailsV1(null, null, null, null, null, true),
                new CategoryDetailsV1(null, null, null, null, null, false)));
    }

    @Test
    void a_change_that_changes_nothing_publishes_nothing() {
        stored.add(new BrandCreatedEvent(id, "Acme", "acme", null, null, null));

        assertThat(events.of(new BrandUpdatedEvent(id, "Acme", "acme", null, null, null), at(1))).isEmpty();
    }

    @Test
    void a_brand_change_is_a_keyed_cloud_event_on_the_brand_topic_whose_body_follows_its_schema() throws Exception {
        stored.add(new BrandCreatedEvent(id, "Acme", "acme", null, null, null));
        stored.add(new BrandUpdatedEvent(id, "Acme", "acme", null, null, "https://acme.example"));

        ProducerRecord<String, byte[]> record = records.record(map(new BrandFeaturedEvent(id)));

        assertThat(record.topic()).isEqualTo(BrandCreatedIntegrationEvent.TOPIC);
        assertThat(record.key()).isEqualTo(id);
        assertThat(header(record, "ce_type")).isEqualTo(BrandChangedIntegrationEvent.TYPE);
        assertThat(header(record, "ce_subject")).isEqualTo(id);
        assertThat(header(record, "ce_sequence")).isEqualTo("2");
        assertThat(header(record, "ce_source")).isEqualTo("urn:catalog:command-side");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(new ObjectMapper().readValue(record.value(), BrandChangedIntegrationEvent.class))
                .isEqualTo(new BrandChangedIntegrationEvent(id, 2, List.of("featured"),
                        new BrandDetailsV1(null, null, null, null, null, false),
                        new BrandDetailsV1(null, null, null, null, null, true)));
        assertThat(IntegrationEventSchema.ofType(BrandChangedIntegrationEvent.TYPE).violations(record.value())).isEmpty();
    }

    private IntegrationEventEnvelope map(Object event) {
        return events.of(event, at(stored.size())).orElseThrow();
    }

    private static EventCoordinates at(long sequence) {
        return new EventCoordinates(UUID.randomUUID().toString(), sequence, Instant.parse("2026-01-02T03:04:05Z"), 4711);
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
