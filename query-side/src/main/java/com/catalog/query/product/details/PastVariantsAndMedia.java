package com.catalog.query.product.details;

import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductUnfeaturedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A product's variants, images and featured flag as they were, folded in memory like {@link ProductVariantRepository}
 * and {@link ProductMediaRepository} store them: each in a current version (what buyers saw) and a staged one, staged
 * events changing the staged version only until a publish copies it to current (or a discard the other way round);
 * variants in the order they were added (one that an undo brings back keeps its place), images in display order.
 */
final class PastVariantsAndMedia {

    /** One variant in both versions, as a {@code read.product_variant} row holds it (null: not in that version). */
    private record Variant(String sku, ProductVariantRow current, ProductVariantRow staged) {
    }

    /** Every variant ever added, in the order it was first added (its place on the page). */
    private final Map<String, Variant> known = new LinkedHashMap<>();
    private Map<String, ProductMedia.Image> images = new LinkedHashMap<>();
    private Map<String, ProductMedia.Image> stagedImages = new LinkedHashMap<>();
    private boolean featured;

    List<ProductVariantRow> variants(boolean staged) {
        return known.values().stream().map(v -> staged ? v.staged() : v.current()).filter(Objects::nonNull).toList();
    }

    ProductMedia media(boolean staged) {
        return new ProductMedia(List.copyOf((staged ? stagedImages : images).values()), featured);
    }

    /** The staged variants or images differ from the current ones (the row compares details and prices). */
    boolean hasStagedChanges() {
        return !variants(true).equals(variants(false))
                || !List.copyOf(stagedImages.values()).equals(List.copyOf(images.values()));
    }

    /** Variant events move the row's {@code updatedAt} too; image and featuring events only its version. */
    boolean touchesRow(Object payload) {
        return payload instanceof ProductVariantAddedEvent || payload instanceof ProductVariantChangedEvent
                || payload instanceof ProductVariantRemovedEvent;
    }

    void apply(Object payload) {
        if (payload instanceof ProductVariantAddedEvent e) {
            ProductVariantRow row = new ProductVariantRow(e.variantId(), e.sku(), e.options(), e.prices());
            Variant old = known.get(e.variantId());
            known.put(e.variantId(), new Variant(e.sku(), e.staged() && old != null ? old.current()
                    : e.staged() ? null : row, row));
        } else if (payload instanceof ProductVariantChangedEvent e && known.containsKey(e.variantId())) {
            Variant old = known.get(e.variantId());
            ProductVariantRow row = new ProductVariantRow(e.variantId(), old.sku(), e.optionsAfter(), e.pricesAfter());
            known.put(e.variantId(), new Variant(old.sku(), e.staged() ? old.current() : row, row));
        } else if (payload instanceof ProductVariantRemovedEvent e && known.containsKey(e.variantId())) {
            Variant old = known.get(e.variantId());
            known.put(e.variantId(), new Variant(old.sku(), e.staged() ? old.current() : null, null));
        } else if (payload instanceof ProductPublishedEvent || payload instanceof ProductStagedChangesPublishedEvent) {
            known.replaceAll((id, v) -> new Variant(v.sku(), v.staged(), v.staged()));
            images = new LinkedHashMap<>(stagedImages);
        } else if (payload instanceof ProductStagedChangesDiscardedEvent) {
            known.replaceAll((id, v) -> new Variant(v.sku(), v.current(), v.current()));
            stagedImages = new LinkedHashMap<>(images);
        } else if (payload instanceof ProductFeaturedEvent || payload instanceof ProductUnfeaturedEvent) {
            featured = payload instanceof ProductFeaturedEvent;
        } else if (payload instanceof ProductRevertedEvent e) {
            revert(e);
        } else {
            applyImage(payload);
        }
    }

    private void applyImage(Object payload) {
        if (payload instanceof ProductImageAddedEvent e) {
            ProductMedia.Image image = new ProductMedia.Image(e.imageId(), e.url(), e.altText());
            stagedImages.put(e.imageId(), image);
            if (!e.staged()) {
                images.put(e.imageId(), image);
            }
        } else if (payload instanceof ProductImagesReorderedEvent e) {
            stagedImages = reordered(stagedImages, e.after());
            if (!e.staged()) {
                images = reordered(images, e.after());
            }
        } else if (payload instanceof ProductImageRemovedEvent e) {
            stagedImages.remove(e.imageId());
            if (!e.staged()) {
                images.remove(e.imageId());
            }
        }
    }

    private static Map<String, ProductMedia.Image> reordered(Map<String, ProductMedia.Image> images, List<String> order) {
        Map<String, ProductMedia.Image> reordered = new LinkedHashMap<>();
        order.stream().filter(images::containsKey).forEach(id -> reordered.put(id, images.get(id)));
        return reordered;
    }

    private void revert(ProductRevertedEvent event) {
        Map<String, ProductVariantRow> current = rows(event.variants());
        Map<String, ProductVariantRow> staged = rows(event.stagedVariants());
        known.replaceAll((id, v) -> new Variant(v.sku(), null, null));
        event.variants().forEach(v -> known.put(v.variantId(), new Variant(v.sku(), current.get(v.variantId()),
                staged.get(v.variantId()))));
        event.stagedVariants().forEach(v -> known.put(v.variantId(), new Variant(v.sku(), current.get(v.variantId()),
                staged.get(v.variantId()))));
        images = images(event.images());
        stagedImages = images(event.stagedImages());
    }

    private static Map<String, ProductVariantRow> rows(List<ProductRevertedEvent.Variant> variants) {
        Map<String, ProductVariantRow> rows = new LinkedHashMap<>();
        variants.forEach(v -> rows.put(v.variantId(), new ProductVariantRow(v.variantId(), v.sku(), v.options(),
                v.prices())));
        return rows;
    }

    private static Map<String, ProductMedia.Image> images(List<ProductRevertedEvent.Image> images) {
        Map<String, ProductMedia.Image> byId = new LinkedHashMap<>();
        images.forEach(i -> byId.put(i.imageId(), new ProductMedia.Image(i.imageId(), i.url(), i.altText())));
        return byId;
    }
}
