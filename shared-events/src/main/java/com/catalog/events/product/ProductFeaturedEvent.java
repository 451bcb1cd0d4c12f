package com.catalog.events.product;

import org.axonframework.serialization.Revision;

/**
 * An admin featured the product (e.g. for the home page); never stored for an already featured one.
 *
 * @param productId aggregate id
 */
@Revision("1")
public record ProductFeaturedEvent(String productId) implements ProductEvent {
}
