package com.catalog.events.product;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * The owner or an admin brought the product back to what it was at an earlier version: a compensating event, so
 * the history it undoes stays as it was. Carries the whole restored state of everything it reverts (details of
 * both the current and the staged version, prices, variants, images), so a reader needs no earlier event to apply
 * it. Status, owner, SKU, cost price and featuring are not reverted.
 *
 * @param productId         aggregate id
 * @param revertedToVersion the version (aggregate sequence) whose state this restores
 * @param current           the details buyers saw at that version
 * @param staged            the staged details at that version (equal to {@code current} when nothing was staged)
 * @param prices            one price per currency, primary first
 * @param compareAtPrices   "was" prices
 * @param variants          the variants, in the order they were added
 * @param images            the images in display order, main image first
 */
@Revision("1")
public record ProductRevertedEvent(
        String productId,
        long revertedToVersion,
        ProductDetailFields current,
        ProductDetailFields staged,
        List<CurrencyAmount> prices,
        List<CurrencyAmount> compareAtPrices,
        List<Variant> variants,
        List<Image> images) implements ProductEvent {

    public ProductRevertedEvent {
        prices = List.copyOf(prices);
        compareAtPrices = List.copyOf(compareAtPrices);
        variants = List.copyOf(variants);
        images = List.copyOf(images);
    }

    /** A variant as it was: its own prices empty means the product's apply. */
    public record Variant(String variantId, String sku, Map<String, String> options, List<CurrencyAmount> prices) {

        public Variant {
            options = Map.copyOf(options);
            prices = List.copyOf(prices);
        }
    }

    /** An image as it was. */
    public record Image(String imageId, String url, String altText) {
    }
}
