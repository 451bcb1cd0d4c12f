package com.catalog.query.product.details;

import com.catalog.query.product.ProductPrice;
import com.catalog.query.product.ProductStatus;

import java.time.Instant;
import java.util.UUID;

/** The product page as served to buyers; {@code version} is the aggregate sequence number (also the ETag). */
record ProductDetailsResponse(
        UUID id,
        String sellerId,
        String name,
        String description,
        String sku,
        ProductPrice price,
        ProductStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    static ProductDetailsResponse of(ProductDetails p) {
        return new ProductDetailsResponse(p.id(), p.sellerId(), p.name(), p.description(), p.sku(),
                new ProductPrice(p.priceAmount(), p.priceCurrency()), p.status(), p.lastSequence(),
                p.createdAt(), p.updatedAt());
    }
}
