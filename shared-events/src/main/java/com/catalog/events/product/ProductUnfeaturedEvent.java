package com.catalog.events.product;

import org.axonframework.serialization.Revision;

/**
 * An admin stopped featuring the product; never stored for a product that is not featured.
 *
 * @param productId aggregate id
 */
@Revision("1")
public record ProductUnfeaturedEvent(String productId) implements ProductEvent {
}
