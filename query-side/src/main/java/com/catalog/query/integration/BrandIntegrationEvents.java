package com.catalog.query.integration;

import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandDeletedEvent;
import com.catalog.events.brand.BrandEvent;
import com.catalog.events.integration.BrandChangedIntegrationEvent;
import com.catalog.events.integration.BrandCreatedIntegrationEvent;
import com.catalog.events.integration.BrandDeletedIntegrationEvent;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Internal brand events → public ones on {@code catalog.brand.v1}. Updates and (un)featuring become one
 * {@code changed} event with the changed fields before and after, computed against the brand's earlier events;
 * one that changes nothing publishes nothing.
 */
@Component
class BrandIntegrationEvents {

    private final IntegrationProperties properties;
    private final AggregateHistory history;

    BrandIntegrationEvents(IntegrationProperties properties, AggregateHistory history) {
        this.properties = properties;
        this.history = history;
    }

    Optional<IntegrationEventEnvelope> of(BrandEvent payload, EventCoordinates at) {
        String id = payload.brandId();
        if (payload instanceof BrandCreatedEvent e) {
            return envelope(BrandCreatedIntegrationEvent.TYPE, id, at, new BrandCreatedIntegrationEvent(id,
                    at.sequence(), e.name(), e.slug(), e.description(), e.logoUrl(), e.websiteUrl(), false));
        } else if (payload instanceof BrandDeletedEvent e) {
            return envelope(BrandDeletedIntegrationEvent.TYPE, id, at,
                    new BrandDeletedIntegrationEvent(id, at.sequence(), e.reassignProductsTo()));
        }
        BrandState before = BrandState.of(history.before(id, at.sequence()));
        BrandState after = before.apply(payload);
        List<String> fields = before.changedFields(after);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return envelope(BrandChangedIntegrationEvent.TYPE, id, at, new BrandChangedIntegrationEvent(id,
                at.sequence(), fields, before.details(fields), after.details(fields)));
    }

    private Optional<IntegrationEventEnvelope> envelope(String type, String brandId, EventCoordinates at, Object body) {
        return Optional.of(IntegrationEventEnvelope.of(type, BrandCreatedIntegrationEvent.TOPIC, properties.source(),
                brandId, at, body));
    }
}
