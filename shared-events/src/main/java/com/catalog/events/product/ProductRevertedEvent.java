package com.catalog.events.product;

import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * The owner or an admin brought the product back to what it was at an earlier version: a compensating event, so
 * the history it undoes stays as it was. Carries the whole restored state of everything it reverts, in both versions
 * (what buyers saw then and what was staged then), so a reader needs no earlier event to apply it. Status, owner,
 * SKU, cost price and featuring are not reverted.
 *
 * @param productId             aggregate id
 * @param revertedToVersion     the version (aggregate sequence) whose state this restores
 * @param current               the details buyers saw at that version
 * @param staged                the staged details at that version (equal to {@code current} when nothing was staged)
 * @param prices                one price per currency, primary first, as buyers saw them
 * @param compareAtPrices       "was" prices, as buyers saw them
 * @param variants              the variants buyers saw, in the order they were added
 * @param images                the images buyers saw, in display order, main image first
 * @param stagedPrices          the staged version's prices (equal to {@code prices} when they were not staged)
 * @param stagedCompareAtPrices the staged version's "was" prices
 * @param stagedVariants        the staged version's variants
 * @param stagedImages          the staged version's images
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
        List<Image> images,
        List<CurrencyAmount> stagedPrices,
        List<CurrencyAmount> stagedCompareAtPrices,
        List<Variant> stagedVariants,
        List<Image> stagedImages) implements ProductEvent {

    public ProductRevertedEvent {
        prices = List.copyOf(prices);
        compareAtPrices = List.copyOf(compareAtPrices);
        variants = List.copyOf(variants);
        images = List.copyOf(images);
        stagedPrices = List.copyOf(stagedPrices);
        stagedCompareAtPrices = List.copyOf(stagedCompareAtPrices);
        stagedVariants = List.copyOf(stagedVariants);
        stagedImages = List.copyOf(stagedImages);
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
