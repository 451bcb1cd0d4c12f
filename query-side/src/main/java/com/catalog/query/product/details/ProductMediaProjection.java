package com.catalog.query.product.details;

import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImageRemovedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductUnfeaturedEvent;
import com.catalog.query.deadletter.AbortedTransactions;
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
    private final ProductDetailsRepository products;
    private final AbortedTransactions aborted;

    ProductMediaProjection(ProductMediaRepository media, ProductDetailsRepository products, AbortedTransactions aborted) {
        this.aborted = aborted;
        this.media = media;
        this.products = products;
    }

    /** The batch's pending write of this row goes first, so the row sees the events in order. */
    private UUID row(String productId) {
        UUID id = UUID.fromString(productId);
        BatchedProducts.ofCurrentBatch(products, aborted).flush(id);
        return id;
    }

    @EventHandler
    void on(ProductImageAddedEvent event, @SequenceNumber long sequence) {
        media.addImage(row(event.productId()),
                new ProductMedia.Image(event.imageId(), event.url(), event.altText()), event.staged(), sequence);
    }

    @EventHandler
    void on(ProductImagesReorderedEvent event, @SequenceNumber long sequence) {
        media.reorderImages(row(event.productId()), event.after(), event.staged(), sequence);
    }

    @EventHandler
    void on(ProductImageRemovedEvent event, @SequenceNumber long sequence) {
        media.removeImage(row(event.productId()), event.imageId(), event.staged(), sequence);
    }

    /** An undo: both versions' images as they were. */
    @EventHandler
    void on(ProductRevertedEvent event, @SequenceNumber long sequence) {
        media.replaceImages(row(event.productId()), images(event.images()), images(event.stagedImages()),
                sequence);
    }

    private static List<ProductMedia.Image> images(List<ProductRevertedEvent.Image> images) {
        return images.stream().map(image -> new ProductMedia.Image(image.imageId(), image.url(), image.altText())).toList();
    }

    @EventHandler
    void on(ProductFeaturedEvent event, @SequenceNumber long sequence) {
        media.feature(row(event.productId()), true, sequence);
    }

    @EventHandler
    void on(ProductUnfeaturedEvent event, @SequenceNumber long sequence) {
        media.feature(row(event.productId()), false, sequence);
    }
}
