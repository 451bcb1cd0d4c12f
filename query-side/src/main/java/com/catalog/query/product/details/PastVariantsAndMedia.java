package com.catalog.query.product.details;

import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductUnfeaturedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A product's variants, images and featured flag as they were, folded in memory like {@link ProductVariantRepository}
 * and {@link ProductMediaRepository} store them: variants in the order they were added (one that an undo brings
 * back keeps its place), images in display order.
 */
final class PastVariantsAndMedia {

    /** Every variant ever added, in the order it was first added (its place on the page). */
    private final Map<String, ProductVariantRow> known = new LinkedHashMap<>();
    private final Set<String> live = new HashSet<>();
    private final Map<String, ProductMedia.Image> images = new LinkedHashMap<>();
    private boolean featured;

    List<ProductVariantRow> variants() {
        return known.values().stream().filter(v -> live.contains(v.variantId())).toList();
    }

    ProductMedia media() {
        return new ProductMedia(List.copyOf(images.values()), featured);
    }

    /** Variant events move the row's {@code updatedAt} too; image and featuring events only its version. */
    boolean touchesRow(Object payload) {
        return payload instanceof ProductVariantAddedEvent || payload instanceof ProductVariantChangedEvent
                || payload instanceof ProductVariantRemovedEvent;
    }

    void apply(Object payload) {
        if (payload instanceof ProductVariantAddedEvent e) {
            known.putIfAbsent(e.variantId(), new ProductVariantRow(e.variantId(), e.sku(), e.options(), e.prices()));
            live.add(e.variantId());
        } else if (payload instanceof ProductVariantChangedEvent e && live.contains(e.variantId())) {
            known.put(e.variantId(), new ProductVariantRow(e.variantId(), known.get(e.variantId()).sku(),
                    e.optionsAfter(), e.pricesAfter()));
        } else if (payload instanceof ProductVariantRemovedEvent e) {
            live.remove(e.variantId());
        } else if (payload instanceof ProductImageAddedEvent e) {
            images.put(e.imageId(), new ProductMedia.Image(e.imageId(), e.url(), e.altText()));
        } else if (payload instanceof ProductImagesReorderedEvent e) {
            Map<String, ProductMedia.Image> reordered = new LinkedHashMap<>();
            e.after().stream().filter(images::containsKey).forEach(id -> reordered.put(id, images.get(id)));
            images.clear();
            images.putAll(reordered);
        } else if (payload instanceof ProductImageRemovedEvent e) {
            images.remove(e.imageId());
        } else if (payload instanceof ProductFeaturedEvent || payload instanceof ProductUnfeaturedEvent) {
            featured = payload instanceof ProductFeaturedEvent;
        } else if (payload instanceof ProductRevertedEvent e) {
            revert(e);
        }
    }

    private void revert(ProductRevertedEvent event) {
        live.clear();
        event.variants().forEach(v -> {
            known.put(v.variantId(), new ProductVariantRow(v.variantId(), v.sku(), v.options(), v.prices()));
            live.add(v.variantId());
        });
        images.clear();
        event.images().forEach(i -> images.put(i.imageId(), new ProductMedia.Image(i.imageId(), i.url(), i.altText())));
    }
}
