package com.catalog.query.integration;

import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.query.integration.ProductIntegrationRecords.EventCoordinates;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ProductIntegrationRecordsTest {

    private final ProductIntegrationRecords records = new ProductIntegrationRecords(new ObjectMapper(),
            new IntegrationProperties(3, (short) 1, URI.create("urn:catalog:command-side"), Duration.ofSeconds(5)));

    @Test
    void a_created_product_becomes_a_keyed_cloud_event_whose_body_follows_the_public_schema() throws Exception {
        String productId = UUID.randomUUID().toString();
        ProductCreatedEvent event = new ProductCreatedEvent(productId, "seller-1", "Kettle", null, "KT-1", 2599, "EUR");

        ProducerRecord<String, byte[]> record = records.created(event,
                new EventCoordinates("event-42", 0, Instant.parse("2025-01-02T03:04:05Z")));

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
        assertThat(IntegrationEventSchema.productCreated().violations(record.value())).isEmpty();
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
