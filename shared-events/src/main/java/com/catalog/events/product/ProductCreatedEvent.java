package com.catalog.events.product;

import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import org.axonframework.serialization.Revision;

/**
 * A seller (or an admin acting for one) created a product. The product starts as a draft.
 *
 * @param productId     aggregate id (UUID)
 * @param sellerId      the owning seller's user id (the JWT subject of the creator)
 * @param name          display name
 * @param description   plain-text description
 * @param sku           catalog-wide stock keeping unit, upper-case
 * @param priceAmount   price in minor units of {@code priceCurrency} (e.g. cents)
 * @param priceCurrency ISO 4217 code
 */
@Revision("1")
public record ProductCreatedEvent(
        String productId,
        String sellerId,
        String name,
        String description,
        String sku,
        long priceAmount,
        String priceCurrency) implements ProductEvent {

    public static ProductCreatedEvent of(ProductId id, String sellerId, String name, String description, Sku sku, Money price) {
        return new ProductCreatedEvent(id.value(), sellerId, name, description, sku.value(), price.amountMinor(), price.currency());
    }
}
