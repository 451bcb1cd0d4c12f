package com.catalog.events.product;

import com.catalog.events.value.ProductId;
import org.axonframework.serialization.Revision;

/**
 * The product was soft-deleted.
 *
 * @param productId      aggregate id
 * @param previousStatus DRAFT or UNPUBLISHED; a restore returns the product to it
 */
@Revision("1")
public record ProductDiscontinuedEvent(String productId, ProductStatus previousStatus) implements ProductEvent {

    public static ProductDiscontinuedEvent of(ProductId id, ProductStatus previousStatus) {
        return new ProductDiscontinuedEvent(id.value(), previousStatus);
    }
}
