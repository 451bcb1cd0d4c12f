package com.catalog.query.product;

import com.catalog.query.product.ProductEvents;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import java.util.List;
import java.util.Map;

/** The one place query-side tests build a created event, so a change of its shape is one edit. */
public final class ProductEvents {

    private ProductEvents() {
    }

    /** An English-only product with one price; its slug is derived from the id, so it is unique. */
    public static ProductCreatedEvent created(String id, String sellerId, String name, String description, String sku,
                                              long amount, String currency) {
        return new ProductCreatedEvent(id, sellerId, "en", Map.of("en", name), "p-" + id,
                description == null ? Map.of() : Map.of("en", description), Map.of(), sku,
                List.of(new CurrencyAmount(currency, amount)), List.of(), null, Map.of(), null, null);
    }

    /** The same event, in a category and of a brand. */
    public static ProductCreatedEvent inCategoryOfBrand(ProductCreatedEvent e, String categoryId, String brandId) {
        return new ProductCreatedEvent(e.productId(), e.sellerId(), e.defaultLocale(), e.name(), e.slug(), e.description(),
                e.shortDescription(), e.sku(), e.prices(), e.compareAtPrices(), e.costPrice(), e.attributes(),
                categoryId, brandId);
    }
}
