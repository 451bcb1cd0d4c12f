package com.catalog.query.product.details;

import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductUnfeaturedEvent;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The image and featuring events of the product-details processor (same processing group, so same row, same
 * order, same reset as {@link ProductDetailsProjection}); kept apart only to keep each class small. Publishing and
 * discarding staged images is part of the product's publish and discard there.
 */
@Component
@ProcessingGroup(ProductDetailsProjection.PROCESSOR)
class ProductMediaProjection {

    private final ProductMediaRepository media;

    ProductMediaProjection(ProductMediaRepository media) {
        this.media = media;
    }

    @EventHandler
    void on(ProductImageAddedEvent event, @SequenceNumber long sequence) {
        media.addImage(UUID.fromString(event.productId()),
                new ProductMedia.Image(event.imageId(), event.url(), event.altText()), event.staged(), sequence);
    }

    @EventHandler
    void on(ProductImagesReorderedEvent event, @SequenceNumber long sequence) {
        media.reorderImages(UUID.fromString(event.productId()), event.after(), event.staged(), sequence);
    }

    @EventHandler
    void on(ProductImageRemovedEvent event, @SequenceNumber long sequence) {
        media.removeImage(UUID.fromString(event.productId()), event.imageId(), event.staged(), sequence);
    }

    /** An undo: both versions' images as they were. */
    @EventHandler
    void on(ProductRevertedEvent event, @SequenceNumber long sequence) {
        media.replaceImages(UUID.fromString(event.productId()), images(event.images()), images(event.stagedImages()),
                sequence);
    }

    private static List<ProductMedia.Image> images(List<ProductRevertedEvent.Image> images) {
        return images.stream().map(image -> new ProductMedia.Image(image.imageId(), image.url(), image.altText())).toList();
    }

    @EventHandler
    void on(ProductFeaturedEvent event, @SequenceNumber long sequence) {
        media.feature(UUID.fromString(event.productId()), true, sequence);
    }

    @EventHandler
    void on(ProductUnfeaturedEvent event, @SequenceNumber long sequence) {
        media.feature(UUID.fromString(event.productId()), false, sequence);
    }
}
