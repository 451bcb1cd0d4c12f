package com.catalog.command.product.create;

import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import java.util.List;

/**
 * Create a product as a draft. Carries no target identifier: it creates the aggregate, whose id the caller chose.
 *
 * @param sellerId        the owning seller: the authenticated caller
 * @param details         localized texts, slug, attributes, category and brand
 * @param sku             the default variant's SKU
 * @param prices          one per currency, the primary first
 * @param compareAtPrices "was" prices, each in a currency of {@code prices}
 * @param costPrice       optional; only the owner and admins ever see it
 */
public record CreateProductCommand(
        ProductId productId,
        String sellerId,
        ProductDetailFields details,
        Sku sku,
        List<Money> prices,
        List<Money> compareAtPrices,
        Money costPrice) {

    public CreateProductCommand {
        prices = List.copyOf(prices);
        compareAtPrices = compareAtPrices == null ? List.of() : List.copyOf(compareAtPrices);
    }
}
