package com.catalog.events.product;

import org.axonframework.serialization.Revision;

/**
 * A variant was removed; its SKU is free again.
 *
 * @param productId aggregate id
 * @param variantId the removed variant
 * @param sku       the SKU it had
 */
@Revision("1")
public record ProductVariantRemovedEvent(String productId, String variantId, String sku) implements ProductEvent {
}
