package com.catalog.query.integration;

import com.catalog.events.integration.PriceV1;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductDiscontinuedIntegrationEvent;
import com.catalog.events.integration.ProductPriceChangedIntegrationEvent;
import com.catalog.events.integration.ProductPublishedIntegrationEvent;
import com.catalog.events.integration.ProductRestoredIntegrationEvent;
import com.catalog.events.integration.ProductUnpublishedIntegrationEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Turns internal events into Kafka records of the public contract: JSON value, key = product id (per-product
 * order), CloudEvents binary-mode headers ({@code ce_*}) with the aggregate sequence as extension
 * {@code sequence} so subscribers can drop duplicates and stale events.
 */
@Component
class ProductIntegrationRecords {

    static final String DRAFT = ProductStatus.DRAFT.name();

    private final ObjectMapper json;
    private final IntegrationProperties properties;

    ProductIntegrationRecords(ObjectMapper json, IntegrationProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    ProducerRecord<String, byte[]> created(ProductCreatedEvent event, EventCoordinates coordinates) {
        return record(ProductCreatedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductCreatedIntegrationEvent(event.productId(), event.sellerId(), coordinates.sequence(),
                        event.name(), event.description(), event.sku(),
                        new PriceV1(event.priceAmount(), event.priceCurrency()), DRAFT));
    }

    ProducerRecord<String, byte[]> published(ProductPublishedEvent event, EventCoordinates coordinates) {
        return record(ProductPublishedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductPublishedIntegrationEvent(event.productId(), coordinates.sequence(),
                        event.previousStatus().name(), ProductStatus.PUBLISHED.name()));
    }

    ProducerRecord<String, byte[]> unpublished(ProductUnpublishedEvent event, EventCoordinates coordinates) {
        return record(ProductUnpublishedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductUnpublishedIntegrationEvent(event.productId(), coordinates.sequence(),
                        event.previousStatus().name(), ProductStatus.UNPUBLISHED.name()));
    }

    ProducerRecord<String, byte[]> discontinued(ProductDiscontinuedEvent event, EventCoordinates coordinates) {
        return record(ProductDiscontinuedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductDiscontinuedIntegrationEvent(event.productId(), coordinates.sequence(),
                        event.previousStatus().name(), ProductStatus.DISCONTINUED.name()));
    }

    ProducerRecord<String, byte[]> restored(ProductRestoredEvent event, EventCoordinates coordinates) {
        return record(ProductRestoredIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductRestoredIntegrationEvent(event.productId(), coordinates.sequence(),
                        ProductStatus.DISCONTINUED.name(), event.restoredStatus().name()));
    }

    ProducerRecord<String, byte[]> priceChanged(ProductPriceChangedEvent event, EventCoordinates coordinates) {
        return record(ProductPriceChangedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductPriceChangedIntegrationEvent(event.productId(), coordinates.sequence(),
                        new PriceV1(event.oldPriceAmount(), event.oldPriceCurrency()),
                        new PriceV1(event.newPriceAmount(), event.newPriceCurrency())));
    }

    /** Every product record goes to the one product topic, keyed by product id, so a product's events stay in order. */
    private ProducerRecord<String, byte[]> record(String type, String productId, EventCoordinates coordinates, Object body) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(coordinates.eventId())
                .withType(type)
                .withSource(properties.source())
                .withSubject(productId)
                .withTime(coordinates.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("sequence", Long.toString(coordinates.sequence()))
                .withData(serialize(body))
                .build();
        return KafkaMessageFactory.createWriter(ProductCreatedIntegrationEvent.TOPIC, productId).writeBinary(cloudEvent);
    }

    private byte[] serialize(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Integration event not serialisable", e);
        }
    }

    /** Where an event sits in the store: its id, the aggregate's sequence and when it happened. */
    record EventCoordinates(String eventId, long sequence, Instant occurredAt) {
    }
}
