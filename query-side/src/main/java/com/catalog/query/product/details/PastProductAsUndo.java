package com.catalog.query.product.details;

import com.catalog.events.product.ProductRevertedEvent;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * A product after some of its events, in the shape of an undo's payload ({@link ProductRevertedEvent}): both versions
 * of the details, prices, variants and images. The audit compares an undo with it, so the undo's diff shows what
 * the undo really changed (the product before → after), not every field of the event as new.
 */
public final class PastProductAsUndo {

    private PastProductAsUndo() {
    }

    /** @return the product after these events, as an undo back to {@code revertedToVersion} would state it; empty if none created it */
    public static Optional<ProductRevertedEvent> of(List<DomainEventMessage<?>> events, long revertedToVersion) {
        return PastProduct.of(events).map(past -> {
            ProductDetails row = past.row();
            return new ProductRevertedEvent(row.id().toString(), revertedToVersion, row.current(), row.staged(),
                    row.prices(), row.compareAtPrices(), variants(past, false), images(past, false),
                    row.stagedPrices(), row.stagedCompareAtPrices(), variants(past, true), images(past, true));
        });
    }

    private static List<ProductRevertedEvent.Variant> variants(PastProduct past, boolean staged) {
        return past.variants(staged).stream()
                .map(v -> new ProductRevertedEvent.Variant(v.variantId(), v.sku(), v.options(), v.prices())).toList();
    }

    private static List<ProductRevertedEvent.Image> images(PastProduct past, boolean staged) {
        return past.media(staged).images().stream()
                .map(image -> new ProductRevertedEvent.Image(image.id(), image.url(), image.altText())).toList();
    }
}
