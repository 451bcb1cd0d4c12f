package com.catalog.query.product.search;

import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.query.product.ProductPrice;
import com.catalog.query.product.ProductStatus;

import java.time.Instant;
import java.util.List;

/**
 * A product as indexed in Elasticsearch. {@code createdAt} is an ISO-8601 string so the document needs no
 * Java-time support in the client's JSON mapper; {@code suggest} feeds the completion field.
 */
record ProductDocument(
        String id,
        String sellerId,
        String name,
        String description,
        String sku,
        String status,
        ProductPrice price,
        String createdAt,
        List<String> suggest) {

    static ProductDocument created(ProductCreatedEvent event, Instant occurredAt) {
        return new ProductDocument(event.productId(), event.sellerId(), event.name(), event.description(),
                event.sku(), ProductStatus.DRAFT.name(), new ProductPrice(event.priceAmount(), event.priceCurrency()),
                occurredAt.toString(), List.of(event.name(), event.sku()));
    }

    ProductDocument withStatus(ProductStatus newStatus) {
        return new ProductDocument(id, sellerId, name, description, sku, newStatus.name(), price, createdAt, suggest);
    }

    ProductDocument withPrice(ProductPrice newPrice) {
        return new ProductDocument(id, sellerId, name, description, sku, status, newPrice, createdAt, suggest);
    }
}
