package com.catalog.events.product;

import org.axonframework.serialization.Revision;

/**
 * An image was removed from the product.
 *
 * @param productId aggregate id
 * @param imageId   the removed image
 * @param url       its URL
 */
@Revision("1")
public record ProductImageRemovedEvent(String productId, String imageId, String url) implements ProductEvent {
}
