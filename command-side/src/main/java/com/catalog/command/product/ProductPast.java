package com.catalog.command.product;

import com.catalog.events.product.ProductImageAddedEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * The product as it was at an earlier version, rebuilt by its own event-sourcing handlers (through Axon's model of
 * the aggregate, so there is no second copy of how an event changes the product).
 */
final class ProductPast {

    private static final AggregateModel<Product> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(Product.class);

    private ProductPast() {
    }

    static Product replay(List<DomainEventMessage<?>> events) {
        Product past = new Product();
        events.forEach(event -> MODEL.publish(event, past));
        return past;
    }

    /** Image id → alt text: the aggregate keeps only URLs, and an image's alt text never changes once added. */
    static Map<String, String> altTexts(List<DomainEventMessage<?>> events) {
        Map<String, String> altTexts = new HashMap<>();
        for (DomainEventMessage<?> event : events) {
            if (event.getPayload() instanceof ProductImageAddedEvent added) {
                altTexts.put(added.imageId(), added.altText());
            }
        }
        return altTexts;
    }
}
