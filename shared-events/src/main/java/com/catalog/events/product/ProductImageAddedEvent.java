package com.catalog.events.product;

import org.axonframework.serialization.Revision;

/**
 * An image was added at the end of the product's images. The catalog stores the URL only; it never fetches it.
 *
 * @param productId aggregate id
 * @param imageId   the image's id, unique within the product
 * @param url       an http or https URL of at most 2,048 characters
 * @param altText   text for readers who cannot see the image (may be empty)
 */
@Revision("1")
public record ProductImageAddedEvent(String productId, String imageId, String url, String altText)
        implements ProductEvent {
}
