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
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The one mapping from internal product events to the public contract: which internal event has a public
 * counterpart, its integration event body and its CloudEvents attributes. Used by the Kafka publisher and by the
 * catch-up API alike, so both always say the same thing.
 */
@Component
public class ProductIntegrationEvents {

    static final String DRAFT = ProductStatus.DRAFT.name();

    private final IntegrationProperties properties;

    ProductIntegrationEvents(IntegrationProperties properties) {
        this.properties = properties;
    }

    /**
     * @param payload an internal event payload of any kind
     * @return its public counterpart, or empty for events that are never published (users, unknown types)
     */
    public Optional<IntegrationEventEnvelope> of(Object payload, EventCoordinates coordinates) {
        if (payload instanceof ProductCreatedEvent event) {
            return Optional.of(created(event, coordinates));
        } else if (payload instanceof ProductPublishedEvent event) {
            return Optional.of(published(event, coordinates));
        } else if (payload instanceof ProductUnpublishedEvent event) {
            return Optional.of(unpublished(event, coordinates));
        } else if (payload instanceof ProductDiscontinuedEvent event) {
            return Optional.of(discontinued(event, coordinates));
        } else if (payload instanceof ProductRestoredEvent event) {
            return Optional.of(restored(event, coordinates));
        } else if (payload instanceof ProductPriceChangedEvent event) {
            return Optional.of(priceChanged(event, coordinates));
        }
        return Optional.empty();
    }

    IntegrationEventEnvelope created(ProductCreatedEvent event, EventCoordinates coordinates) {
        return envelope(ProductCreatedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductCreatedIntegrationEvent(event.productId(), event.sellerId(), coordinates.sequence(),
                        event.name(), event.description(), event.sku(),
                        new PriceV1(event.priceAmount(), event.priceCurrency()), DRAFT));
    }

    IntegrationEventEnvelope published(ProductPublishedEvent event, EventCoordinates coordinates) {
        return envelope(ProductPublishedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductPublishedIntegrationEvent(event.productId(), coordinates.sequence(),
                        event.previousStatus().name(), ProductStatus.PUBLISHED.name()));
    }

    IntegrationEventEnvelope unpublished(ProductUnpublishedEvent event, EventCoordinates coordinates) {
        return envelope(ProductUnpublishedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductUnpublishedIntegrationEvent(event.productId(), coordinates.sequence(),
                        event.previousStatus().name(), ProductStatus.UNPUBLISHED.name()));
    }

    IntegrationEventEnvelope discontinued(ProductDiscontinuedEvent event, EventCoordinates coordinates) {
        return envelope(ProductDiscontinuedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductDiscontinuedIntegrationEvent(event.productId(), coordinates.sequence(),
                        event.previousStatus().name(), ProductStatus.DISCONTINUED.name()));
    }

    IntegrationEventEnvelope restored(ProductRestoredEvent event, EventCoordinates coordinates) {
        return envelope(ProductRestoredIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductRestoredIntegrationEvent(event.productId(), coordinates.sequence(),
                        ProductStatus.DISCONTINUED.name(), event.restoredStatus().name()));
    }

    IntegrationEventEnvelope priceChanged(ProductPriceChangedEvent event, EventCoordinates coordinates) {
        return envelope(ProductPriceChangedIntegrationEvent.TYPE, event.productId(), coordinates,
                new ProductPriceChangedIntegrationEvent(event.productId(), coordinates.sequence(),
                        new PriceV1(event.oldPriceAmount(), event.oldPriceCurrency()),
                        new PriceV1(event.newPriceAmount(), event.newPriceCurrency())));
    }

    /** Every product event goes to the one product topic with the product as subject (and Kafka key). */
    private IntegrationEventEnvelope envelope(String type, String productId, EventCoordinates coordinates, Object body) {
        return new IntegrationEventEnvelope(coordinates.eventId(), type, ProductCreatedIntegrationEvent.TOPIC,
                properties.source(), productId, coordinates.occurredAt(), coordinates.sequence(), body);
    }
}
