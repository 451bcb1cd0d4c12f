package com.catalog.events.product;

import org.axonframework.serialization.Revision;

/**
 * An image was removed from the product.
 * Revision 2 added {@code staged}; revision 1 events (never staged) are upcast by
 * {@code upcasting.StagedFlagUpcaster}.
 *
 * @param productId aggregate id
 * @param imageId   the removed image
 * @param url       its URL
 * @param staged    true once the product has been published: the change went to its staged version, which
 *                  buyers see only after the next publish; false when it applied to the current version too
 */
@Revision("2")
public record ProductImageRemovedEvent(String productId, String imageId, String url, boolean staged) implements ProductEvent {
}
