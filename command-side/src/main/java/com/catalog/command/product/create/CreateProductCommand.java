package com.catalog.command.product.create;

import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;

/**
 * Create a product as a draft. Carries no target identifier: it creates the aggregate, whose id the caller chose.
 *
 * @param sellerId the owning seller: the authenticated caller
 */
public record CreateProductCommand(
        ProductId productId,
        String sellerId,
        String name,
        String description,
        Sku sku,
        Money price) {
}
