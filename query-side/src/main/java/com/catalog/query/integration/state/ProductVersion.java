package com.catalog.query.integration.state;

import com.catalog.events.integration.PriceV1;
import com.catalog.events.integration.ProductImageV1;
import com.catalog.events.integration.ProductVariantV1;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductRevertedEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One version of everything a product shows buyers: its details, prices, variants and images. A product has a
 * current version (what buyers see) and a staged one (the latest edits); each change lands on one or both.
 */
record ProductVersion(ProductDetailFields details, List<PriceV1> prices, List<PriceV1> compareAtPrices,
                      Map<String, ProductVariantV1> variants, List<ProductImageV1> images) {

    ProductVersion {
        prices = List.copyOf(prices);
        compareAtPrices = List.copyOf(compareAtPrices);
        variants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        images = List.copyOf(images);
    }

    ProductVersion withDetails(UnaryOperator<ProductDetailFields> change) {
        return new ProductVersion(change.apply(details), prices, compareAtPrices, variants, images);
    }

    ProductVersion withPrices(List<PriceV1> newPrices, List<PriceV1> newCompareAtPrices) {
        return new ProductVersion(details, newPrices, newCompareAtPrices, variants, images);
    }

    /** The price in {@code currency} replaced; a currency the product does not list is left alone. */
    ProductVersion withPrice(String currency, PriceV1 price) {
        return withPrices(prices.stream().map(p -> p.currency().equals(currency) ? price : p).toList(), compareAtPrices);
    }

    ProductVersion withVariant(String variantId, UnaryOperator<ProductVariantV1> change) {
        Map<String, ProductVariantV1> changed = new LinkedHashMap<>(variants);
        changed.compute(variantId, (id, variant) -> change.apply(variant));
        return new ProductVersion(details, prices, compareAtPrices, changed, images);
    }

    ProductVersion withImages(UnaryOperator<List<ProductImageV1>> change) {
        return new ProductVersion(details, prices, compareAtPrices, variants, change.apply(new ArrayList<>(images)));
    }

    /** One version as an undo restores it. */
    static ProductVersion of(ProductDetailFields details, List<CurrencyAmount> prices, List<CurrencyAmount> compareAtPrices,
                             List<ProductRevertedEvent.Variant> variants, List<ProductRevertedEvent.Image> images) {
        Map<String, ProductVariantV1> byId = new LinkedHashMap<>();
        variants.forEach(v -> byId.put(v.variantId(), new ProductVariantV1(v.variantId(), v.sku(), v.options(),
                prices(v.prices()))));
        return new ProductVersion(details, prices(prices), prices(compareAtPrices), byId,
                images.stream().map(i -> new ProductImageV1(i.imageId(), i.url(), i.altText())).toList());
    }

    static List<PriceV1> prices(List<CurrencyAmount> amounts) {
        return amounts.stream().map(a -> new PriceV1(a.amount(), a.currency())).toList();
    }
}
