package com.catalog.query.product.details;

import com.catalog.events.product.ProductCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps {@code read.product} in step with the product events. */
@Component
@ProcessingGroup(ProductDetailsProjection.PROCESSOR)
class ProductDetailsProjection {

    static final String PROCESSOR = "product-details";

    private final ProductDetailsRepository products;

    ProductDetailsProjection(ProductDetailsRepository products) {
        this.products = products;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        products.upsert(ProductDetails.created(event, sequence, occurredAt));
    }

    @ResetHandler
    void reset() {
        products.deleteAll();
    }
}
