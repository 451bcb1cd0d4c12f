package com.catalog.events.product;

import com.catalog.events.value.ProductId;
import org.axonframework.serialization.Revision;

/**
 * An admin undid a discontinuation.
 *
 * @param productId      aggregate id
 * @param restoredStatus the status the product had before it was discontinued, which it has again now
 */
@Revision("1")
public record ProductRestoredEvent(String productId, ProductStatus restoredStatus) implements ProductEvent {

    public static ProductRestoredEvent of(ProductId id, ProductStatus restoredStatus) {
        return new ProductRestoredEvent(id.value(), restoredStatus);
    }
}
