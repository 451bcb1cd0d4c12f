package com.catalog.query.integration;

import com.catalog.events.brand.BrandEvent;
import com.catalog.events.category.CategoryEvent;
import com.catalog.events.product.ProductEvent;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The public counterpart of any internal event, whatever its aggregate: used by the catch-up API, which reads every
 * kind of event from the store, so it says exactly what the per-topic Kafka publishers say.
 */
@Component
public class IntegrationEvents {

    private final ProductIntegrationEvents products;
    private final CategoryIntegrationEvents categories;
    private final BrandIntegrationEvents brands;

    IntegrationEvents(ProductIntegrationEvents products, CategoryIntegrationEvents categories,
                      BrandIntegrationEvents brands) {
        this.products = products;
        this.categories = categories;
        this.brands = brands;
    }

    /**
     * @param payload an internal event payload of any kind
     * @return its public counterpart, or empty for events that are never published (users, unknown types, a
     *         category or brand change that changed nothing)
     */
    public Optional<IntegrationEventEnvelope> of(Object payload, EventCoordinates coordinates) {
        if (payload instanceof ProductEvent) {
            return products.of(payload, coordinates);
        } else if (payload instanceof CategoryEvent event) {
            return categories.of(event, coordinates);
        } else if (payload instanceof BrandEvent event) {
            return brands.of(event, coordinates);
        }
        return Optional.empty();
    }
}
