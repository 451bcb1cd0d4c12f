package com.catalog.query.integration;

import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryDeletedEvent;
import com.catalog.events.category.CategoryEvent;
import com.catalog.events.category.CategoryMovedEvent;
import com.catalog.events.integration.CategoryChangedIntegrationEvent;
import com.catalog.events.integration.CategoryCreatedIntegrationEvent;
import com.catalog.events.integration.CategoryDeletedIntegrationEvent;
import com.catalog.events.integration.CategoryMovedIntegrationEvent;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Internal category events → public ones on {@code catalog.category.v1}. Details changes, reordering, (un)featuring
 * and (de/re)activation all become one {@code changed} event with the changed fields before and after, computed
 * against the category's earlier events; one that changes nothing publishes nothing.
 */
@Component
class CategoryIntegrationEvents {

    private final IntegrationProperties properties;
    private final AggregateHistory history;

    CategoryIntegrationEvents(IntegrationProperties properties, AggregateHistory history) {
        this.properties = properties;
        this.history = history;
    }

    Optional<IntegrationEventEnvelope> of(CategoryEvent payload, EventCoordinates at) {
        long sequence = at.sequence();
        String id = payload.categoryId();
        if (payload instanceof CategoryCreatedEvent e) {
            return envelope(CategoryCreatedIntegrationEvent.TYPE, id, at, new CategoryCreatedIntegrationEvent(id,
                    sequence, e.name(), e.slug(), e.description(), e.parentId(), e.sortOrder(), false, true));
        } else if (payload instanceof CategoryMovedEvent e) {
            return envelope(CategoryMovedIntegrationEvent.TYPE, id, at,
                    new CategoryMovedIntegrationEvent(id, sequence, e.previousParentId(), e.newParentId()));
        } else if (payload instanceof CategoryDeletedEvent e) {
            return envelope(CategoryDeletedIntegrationEvent.TYPE, id, at,
                    new CategoryDeletedIntegrationEvent(id, sequence, e.reassignProductsTo()));
        }
        return changed(payload, at);
    }

    private Optional<IntegrationEventEnvelope> changed(CategoryEvent payload, EventCoordinates at) {
        String id = payload.categoryId();
        CategoryState before = CategoryState.of(history.before(id, at.sequence()));
        CategoryState after = before.apply(payload);
        List<String> fields = before.changedFields(after);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return envelope(CategoryChangedIntegrationEvent.TYPE, id, at, new CategoryChangedIntegrationEvent(id,
                at.sequence(), fields, before.details(fields), after.details(fields)));
    }

    private Optional<IntegrationEventEnvelope> envelope(String type, String categoryId, EventCoordinates at, Object body) {
        return Optional.of(IntegrationEventEnvelope.of(type, CategoryCreatedIntegrationEvent.TOPIC, properties.source(),
                categoryId, at, body));
    }
}
