package com.catalog.events.product;

import org.axonframework.serialization.Revision;

/**
 * A variant was removed; its SKU is free again.
 * Revision 2 added {@code staged}; revision 1 events (never staged) are upcast by
 * {@code upcasting.StagedFlagUpcaster}.
 *
 * @param productId aggregate id
 * @param variantId the removed variant
 * @param sku       the SKU it had
 * @param staged    true once the product has been published: the change went to its staged version, which
 *                  buyers see only after the next publish; false when it applied to the current version too
 */
@Revision("2")
public record ProductVariantRemovedEvent(String productId, String variantId, String sku, boolean staged) implements ProductEvent {
}
