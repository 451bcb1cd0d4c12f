package com.catalog.query.integration;

import com.catalog.query.product.ProductEvents;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductDiscontinuedIntegrationEvent;
import com.catalog.events.integration.ProductPriceChangedIntegrationEvent;
import com.catalog.events.integration.ProductPublishedIntegrationEvent;
import com.catalog.events.integration.ProductRestoredIntegrationEvent;
import com.catalog.events.integration.ProductStateV1;
import com.catalog.events.integration.ProductUnpublishedIntegrationEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProductIntegrationRecordsTest {

    private final InMemoryAggregateHistory history = new InMemoryAggregateHistory();
    private final ProductIntegrationEvents events = new ProductIntegrationEvents(
            TestIntegrationProperties.defaults(), history);
    private final IntegrationRecords kafka = new IntegrationRecords(new ObjectMapper());

    @Test
    void a_created_product_becomes_a_keyed_cloud_event_whose_body_follows_the_public_schema() throws Exception {
        String productId = UUID.randomUUID().toString();
        ProductCreatedEvent event = ProductEvents.created(productId, "seller-1", "Kettle", null, "KT-1", 2599, "EUR");

        ProducerRecord<String, byte[]> record = kafka.record(events.created(event,
                new EventCoordinates("event-42", 0, Instant.parse("2025-01-02T03:04:05Z"), 4711)));

        assertThat(record.topic()).isEqualTo(ProductCreatedIntegrationEvent.TOPIC);
        assertThat(record.key()).isEqualTo(productId);
        assertThat(header(record, "ce_id")).isEqualTo("event-42");
        assertThat(header(record, "ce_type")).isEqualTo(ProductCreatedIntegrationEvent.TYPE);
        assertThat(header(record, "ce_source")).isEqualTo("urn:catalog:command-side");
        assertThat(header(record, "ce_subject")).isEqualTo(productId);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_sequence")).isEqualTo("0");
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "catalog_position")).isEqualTo("4711");
        assertThat(IntegrationEventSchema.productCreated().violations(record.value())).isEmpty();
    }

    @Test
    void an_envelope_without_data_is_a_tombstone_that_keeps_its_headers() {
        String id = UUID.randomUUID().toString();
        IntegrationEventEnvelope tombstone = new IntegrationEventEnvelope("event-47/state", ProductStateV1.TYPE,
                ProductStateV1.TOPIC, URI.create("urn:catalog:command-side"), id, Instant.now(), 3, null, 4712);

        ProducerRecord<String, byte[]> record = kafka.record(tombstone);

        assertThat(record.topic()).isEqualTo(ProductStateV1.TOPIC);
        assertThat(record.key()).isEqualTo(id);
        assertThat(record.value()).isNull();
        assertThat(header(record, "ce_id")).isEqualTo("event-47/state");
        assertThat(header(record, "ce_sequence")).isEqualTo("3");
        assertThat(header(record, "catalog_position")).isEqualTo("4712");
        assertThat(record.headers().lastHeader("content-type")).isNull();
    }

    @Test
    void lifecycle_and_price_changes_carry_their_own_type_the_same_headers_and_a_schema_valid_body() throws Exception {
        String id = UUID.randomUUID().toString();
        history.append(id, ProductEvents.created(id, "seller-1", "Kettle", null, "KT-2", 2599, "EUR"));
        EventCoordinates at = new EventCoordinates("event-43", 1, Instant.parse("2025-01-02T03:04:05Z"), 4711);
        List<ProducerRecord<String, byte[]>> changes = List.of(
                kafka.record(events.published(new ProductPublishedEvent(id, ProductStatus.DRAFT), at)),
                kafka.record(events.unpublished(new ProductUnpublishedEvent(id, ProductStatus.PUBLISHED), at)),
                kafka.record(events.discontinued(new ProductDiscontinuedEvent(id, ProductStatus.UNPUBLISHED), at)),
                kafka.record(events.restored(new ProductRestoredEvent(id, ProductStatus.UNPUBLISHED), at)),
                kafka.record(events.priceChanged(new ProductPriceChangedEvent(id, 1999, "EUR", 2499, "EUR", false), at)));

        assertThat(changes).extracting(r -> header(r, "ce_type")).containsExactly(
                ProductPublishedIntegrationEvent.TYPE, ProductUnpublishedIntegrationEvent.TYPE,
                ProductDiscontinuedIntegrationEvent.TYPE, ProductRestoredIntegrationEvent.TYPE,
                ProductPriceChangedIntegrationEvent.TYPE);
        for (ProducerRecord<String, byte[]> record : changes) {
            assertThat(record.topic()).isEqualTo(ProductCreatedIntegrationEvent.TOPIC);
            assertThat(record.key()).isEqualTo(id);
            assertThat(header(record, "ce_id")).isEqualTo("event-43");
            assertThat(header(record, "ce_subject")).isEqualTo(id);
            assertThat(header(record, "ce_source")).isEqualTo("urn:catalog:command-side");
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_sequence")).isEqualTo("1");
            assertThat(IntegrationEventSchema.ofType(header(record, "ce_type")).violations(record.value())).isEmpty();
        }
    }

    @Test
    void a_restore_announces_where_from_and_where_to_and_the_skus_the_product_has_again() throws Exception {
        String id = UUID.randomUUID().toString();
        history.append(id, ProductEvents.created(id, "seller-1", "Kettle", null, "KT-3", 2599, "EUR"));
        history.append(id, new ProductVariantAddedEvent(id, "v-1", "KT-3-RED", Map.of("colour", "red"), List.of(), false));
        history.append(id, new ProductPublishedEvent(id, ProductStatus.DRAFT));
        history.append(id, new ProductVariantAddedEvent(id, "v-2", "KT-3-BLUE", Map.of("colour", "blue"), List.of(), true));
        history.append(id, new ProductDiscontinuedEvent(id, ProductStatus.PUBLISHED));
        ProductRestoredEvent restored = new ProductRestoredEvent(id, ProductStatus.UNPUBLISHED);

        ProducerRecord<String, byte[]> record = kafka.record(events.restored(restored,
                new EventCoordinates("event-44", history.append(id, restored), Instant.now(), 4711)));

        var body = new ObjectMapper().readTree(record.value());
        assertThat(body.path("statusBefore").asText()).isEqualTo("DISCONTINUED");
        assertThat(body.path("statusAfter").asText()).isEqualTo("UNPUBLISHED");
        assertThat(body.path("sequence").asLong()).isEqualTo(5);
        assertThat(body.path("sku").asText()).isEqualTo("KT-3");
        assertThat(body.path("variants")).extracting(v -> v.path("sku").asText()).containsExactly("KT-3-RED");
        assertThat(body.path("stagedVariants")).extracting(v -> v.path("sku").asText())
                .containsExactly("KT-3-RED", "KT-3-BLUE");
        assertThat(IntegrationEventSchema.ofType(ProductRestoredIntegrationEvent.TYPE).violations(record.value())).isEmpty();
    }

    @Test
    void events_without_a_public_counterpart_map_to_nothing() {
        assertThat(events.of("not a product event", new EventCoordinates("event-45", 0, Instant.now(), 4711))).isEmpty();
        assertThat(events.of(new ProductPublishedEvent(UUID.randomUUID().toString(), ProductStatus.DRAFT),
                new EventCoordinates("event-46", 1, Instant.now(), 4711))).get()
                .extracting(IntegrationEventEnvelope::type).isEqualTo(ProductPublishedIntegrationEvent.TYPE);
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
