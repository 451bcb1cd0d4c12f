package com.catalog.events.product;

import com.catalog.events.value.ProductId;
import org.axonframework.serialization.Revision;

/**
 * The owner published the staged changes of an already published product: buyers now see them.
 * (Publishing an unpublished product promotes its staged changes as part of {@link ProductPublishedEvent}.)
 *
 * @param productId aggregate id
 */
@Revision("1")
public record ProductStagedChangesPublishedEvent(String productId) implements ProductEvent {

    public static ProductStagedChangesPublishedEvent of(ProductId id) {
        return new ProductStagedChangesPublishedEvent(id.value());
    }
}
