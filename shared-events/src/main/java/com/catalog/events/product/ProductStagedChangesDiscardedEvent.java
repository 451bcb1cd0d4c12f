package com.catalog.events.product;

import com.catalog.events.value.ProductId;
import org.axonframework.serialization.Revision;

/**
 * The owner dropped the staged changes: the staged version is the current one again.
 *
 * @param productId aggregate id
 */
@Revision("1")
public record ProductStagedChangesDiscardedEvent(String productId) implements ProductEvent {

    public static ProductStagedChangesDiscardedEvent of(ProductId id) {
        return new ProductStagedChangesDiscardedEvent(id.value());
    }
}
