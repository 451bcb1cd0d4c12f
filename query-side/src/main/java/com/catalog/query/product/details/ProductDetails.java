package com.catalog.query.product.details;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.query.product.ProductStatus;

import java.time.Instant;
import java.util.UUID;

/** One row of {@code read.product}: the product page as of the event with {@code lastSequence}. */
record ProductDetails(
        UUID id,
        String sellerId,
        String name,
        String description,
        String sku,
        long priceAmount,
        String priceCurrency,
        ProductStatus status,
        long lastSequence,
        Instant createdAt,
        Instant updatedAt) {

    static ProductDetails created(ProductCreatedEvent event, long sequence, Instant occurredAt) {
        return new ProductDetails(UUID.fromString(event.productId()), event.sellerId(), event.name(),
                event.description(), event.sku(), event.priceAmount(), event.priceCurrency(),
                ProductStatus.DRAFT, sequence, occurredAt, occurredAt);
    }
}
