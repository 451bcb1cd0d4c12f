package com.catalog.events.product;

import com.catalog.events.value.ProductId;
import org.axonframework.serialization.Revision;

/**
 * The product became visible to buyers.
 *
 * @param productId      aggregate id
 * @param previousStatus DRAFT or UNPUBLISHED: subscribers tell a first publication from a re-publication
 */
@Revision("1")
public record ProductPublishedEvent(String productId, ProductStatus previousStatus) implements ProductEvent {

    public static ProductPublishedEvent of(ProductId id, ProductStatus previousStatus) {
        return new ProductPublishedEvent(id.value(), previousStatus);
    }
}
