package com.catalog.events.product;

import org.axonframework.serialization.Revision;

/**
 * An image was added at the end of the product's images. The catalog stores the URL only; it never fetches it.
 * Revision 2 added {@code staged}; revision 1 events (never staged) are upcast by
 * {@code upcasting.StagedFlagUpcaster}.
 *
 * @param productId aggregate id
 * @param imageId   the image's id, unique within the product
 * @param url       an http or https URL of at most 2,048 characters
 * @param altText   text for readers who cannot see the image (may be empty)
 * @param staged    true once the product has been published: the change went to its staged version, which
 *                  buyers see only after the next publish; false when it applied to the current version too
 */
@Revision("2")
public record ProductImageAddedEvent(String productId, String imageId, String url, String altText,
                                     boolean staged)
        implements ProductEvent {
}
