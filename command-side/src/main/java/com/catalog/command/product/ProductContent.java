package com.catalog.command.product;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.events.value.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One version (staged or current) of what a product sells besides its details: prices, variants and images. The
 * aggregate keeps two; edits land on the staged one, and on the current one too until the product's first
 * publication. Changed only by the aggregate's event-sourcing handlers.
 */
final class ProductContent {

    /** One price per currency, the primary first. */
    private Map<String, Money> prices = new LinkedHashMap<>();
    private List<CurrencyAmount> compareAtPrices = List.of();
    private ProductVariants variants = new ProductVariants();
    /** Image id → URL, in display order. */
    private Map<String, String> images = new LinkedHashMap<>();

    static ProductContent of(List<CurrencyAmount> prices, List<CurrencyAmount> compareAtPrices) {
        ProductContent content = new ProductContent();
        content.setPrices(prices, compareAtPrices);
        return content;
    }

    /** Exactly this content (an undo); images keep the URL only, their alt texts are for the readers. */
    static ProductContent restored(List<CurrencyAmount> prices, List<CurrencyAmount> compareAtPrices,
                                   List<ProductRevertedEvent.Variant> variants, List<ProductRevertedEvent.Image> images) {
        ProductContent content = of(prices, compareAtPrices);
        content.variants = ProductVariants.of(variants);
        images.forEach(image -> content.images.put(image.imageId(), image.url()));
        return content;
    }

    /** A deep copy: the copy and this change independently. */
    ProductContent copy() {
        ProductContent copy = new ProductContent();
        copy.prices = new LinkedHashMap<>(prices);
        copy.compareAtPrices = compareAtPrices;
        copy.variants = variants.copy();
        copy.images = new LinkedHashMap<>(images);
        return copy;
    }

    boolean sameAs(ProductContent other) {
        return prices.equals(other.prices) && List.copyOf(prices.keySet()).equals(List.copyOf(other.prices.keySet()))
                && compareAtPrices.equals(other.compareAtPrices) && variants.sameAs(other.variants)
                && List.copyOf(images.entrySet()).equals(List.copyOf(other.images.entrySet()));
    }

    /** The prices as an event carries them, primary first. */
    List<CurrencyAmount> priceList() {
        return CurrencyAmount.of(List.copyOf(prices.values()));
    }

    /** The images as an undo restores them, with the alt texts they were added with. */
    List<ProductRevertedEvent.Image> imagesWith(Map<String, String> altTexts) {
        return images.entrySet().stream().map(image -> new ProductRevertedEvent.Image(image.getKey(), image.getValue(),
                altTexts.getOrDefault(image.getKey(), ""))).toList();
    }

    Map<String, Money> prices() {
        return prices;
    }

    List<CurrencyAmount> compareAtPrices() {
        return compareAtPrices;
    }

    ProductVariants variants() {
        return variants;
    }

    Map<String, String> images() {
        return images;
    }

    /** SKUs of its variants (the product's own SKU is not among them). */
    Set<String> variantSkus() {
        return variants.skus();
    }

    void on(ProductPricesChangedEvent event) {
        setPrices(event.pricesAfter(), event.compareAtPricesAfter());
    }

    /** Replaces the old price in place, so a change of currency keeps the primary price first. */
    void on(ProductPriceChangedEvent event) {
        Map<String, Money> next = new LinkedHashMap<>();
        Money changed = Money.of(event.newPriceAmount(), event.newPriceCurrency());
        prices.forEach((currency, price) -> next.put(currency.equals(event.oldPriceCurrency()) ? changed.currency() : currency,
                currency.equals(event.oldPriceCurrency()) ? changed : price));
        prices = next;
    }

    void on(ProductVariantAddedEvent event) {
        variants.on(event);
    }

    void on(ProductVariantChangedEvent event) {
        variants.on(event);
    }

    void on(ProductVariantRemovedEvent event) {
        variants.on(event);
    }

    void on(ProductImageAddedEvent event) {
        images.put(event.imageId(), event.url());
    }

    void on(ProductImagesReorderedEvent event) {
        Map<String, String> reordered = new LinkedHashMap<>();
        event.after().forEach(imageId -> reordered.put(imageId, images.get(imageId)));
        images = reordered;
    }

    void on(ProductImageRemovedEvent event) {
        images.remove(event.imageId());
    }

    private void setPrices(List<CurrencyAmount> newPrices, List<CurrencyAmount> newCompareAtPrices) {
        prices = new LinkedHashMap<>();
        for (CurrencyAmount price : newPrices) {
            prices.put(price.currency(), price.toMoney());
        }
        compareAtPrices = List.copyOf(newCompareAtPrices);
    }
}
