package com.catalog.query.product.details;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.query.product.ProductStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps {@code read.product} in step with the product events. Every write is guarded by the aggregate sequence,
 * so a redelivered or replayed event never overwrites newer state.
 */
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

    @EventHandler
    void on(ProductPublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        products.updateStatus(idOf(event.productId()), ProductStatus.PUBLISHED, sequence, occurredAt);
    }

    @EventHandler
    void on(ProductUnpublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        products.updateStatus(idOf(event.productId()), ProductStatus.UNPUBLISHED, sequence, occurredAt);
    }

    @EventHandler
    void on(ProductDiscontinuedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        products.updateStatus(idOf(event.productId()), ProductStatus.DISCONTINUED, sequence, occurredAt);
    }

    @EventHandler
    void on(ProductRestoredEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        products.updateStatus(idOf(event.productId()), ProductStatus.valueOf(event.restoredStatus().name()),
                sequence, occurredAt);
    }

    @EventHandler
    void on(ProductPriceChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        products.updatePrice(idOf(event.productId()), event.newPriceAmount(), event.newPriceCurrency(), sequence, occurredAt);
    }

    @ResetHandler
    void reset() {
        products.deleteAll();
    }

    private static UUID idOf(String productId) {
        return UUID.fromString(productId);
    }
}
