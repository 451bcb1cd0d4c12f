package com.catalog.events.product;

import com.catalog.events.value.ProductId;
import org.axonframework.serialization.Revision;

/**
 * The product was taken off sale; it can be published again.
 *
 * @param productId      aggregate id
 * @param previousStatus always PUBLISHED today; stored so the event reads the same as the other transitions
 */
@Revision("1")
public record ProductUnpublishedEvent(String productId, ProductStatus previousStatus) implements ProductEvent {

    public static ProductUnpublishedEvent of(ProductId id, ProductStatus previousStatus) {
        return new ProductUnpublishedEvent(id.value(), previousStatus);
    }
}
