package com.catalog.query.product.details;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCostPriceChangedEvent;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductReferenceReassignedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.query.deadletter.AbortedTransactions;
import com.catalog.query.product.ProductStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code read.product} in step with the product events. Every write is guarded by the aggregate sequence,
 * so a redelivered or replayed event never overwrites newer state. The rows are {@link BatchedProducts held per
 * batch}: read once for the whole batch, changed in memory, written once when it commits. One product's events reach
 * one segment in order, so the held row is the one its previous event left.
 */
@Component
@ProcessingGroup(ProductDetailsProjection.PROCESSOR)
class ProductDetailsProjection {

    static final String PROCESSOR = "product-details";

    private final ProductDetailsRepository products;
    private final ProductVariantRepository variants;

    private final ProductMediaRepository media;
    private final AbortedTransactions aborted;

    ProductDetailsProjection(ProductDetailsRepository products, ProductVariantRepository variants,
                             ProductMediaRepository media, AbortedTransactions aborted) {
        this.aborted = aborted;
        this.products = products;
        this.variants = variants;
        this.media = media;
    }

    @EventHandler
    void on(ProductCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        batch().put(ProductDetails.created(event, sequence, occurredAt));
    }

    /** Publishing makes the staged version (details, prices, variants, images) current. */
    @EventHandler
    void on(ProductPublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        publishStaged(event.productId(), sequence, p -> p.withVersions(p.staged(), p.staged(), sequence, occurredAt)
                .withStagedPricesCurrent().withStatus(ProductStatus.PUBLISHED, sequence, occurredAt));
    }

    @EventHandler
    void on(ProductStagedChangesPublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        publishStaged(event.productId(), sequence,
                p -> p.withVersions(p.staged(), p.staged(), sequence, occurredAt).withStagedPricesCurrent());
    }

    @EventHandler
    void on(ProductStagedChangesDiscardedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        UUID id = idOf(event.productId());
        BatchedProducts batch = batch();
        if (batch.mayHaveVariants(id)) {
            variants.discard(id, sequence);
        }
        if (change(event.productId(), sequence,
                p -> p.withVersions(p.current(), p.current(), sequence, occurredAt).withCurrentPricesStaged())
                && batch.mayHaveStagedImages(id)) {
            media.copyImages(id, false);
        }
    }

    /** Not staged: buyers never see it; the page shows it to the owner and admins only. */
    @EventHandler
    void on(ProductCostPriceChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        change(event.productId(), sequence, p -> p.withCostPrice(event.after(), sequence, occurredAt));
    }

    @EventHandler
    void on(ProductDetailsChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        change(event.productId(), sequence, p -> {
            var staged = p.staged().withChanges(event.changedFields(), event.after());
            return p.withVersions(event.staged() ? p.current() : staged, staged, sequence, occurredAt);
        });
    }

    /** A deleted category or brand was replaced: current and staged move alike (no publish needed). */
    @EventHandler
    void on(ProductReferenceReassignedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        change(event.productId(), sequence,
                p -> p.withVersions(event.applyTo(p.current()), event.applyTo(p.staged()), sequence, occurredAt));
    }

    @EventHandler
    void on(ProductUnpublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        status(event.productId(), ProductStatus.UNPUBLISHED, sequence, occurredAt);
    }

    @EventHandler
    void on(ProductDiscontinuedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        status(event.productId(), ProductStatus.DISCONTINUED, sequence, occurredAt);
    }

    @EventHandler
    void on(ProductRestoredEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        status(event.productId(), ProductStatus.valueOf(event.restoredStatus().name()), sequence, occurredAt);
    }

    /** The price in the old currency is replaced where it stood, so the primary price stays first. */
    @EventHandler
    void on(ProductPriceChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        CurrencyAmount changed = new CurrencyAmount(event.newPriceCurrency(), event.newPriceAmount());
        change(event.productId(), sequence, p -> {
            List<CurrencyAmount> prices = new ArrayList<>();
            p.stagedPrices().forEach(price -> prices.add(price.currency().equals(event.oldPriceCurrency()) ? changed : price));
            return p.withPrices(prices, p.stagedCompareAtPrices(), event.staged(), sequence, occurredAt);
        });
    }

    @EventHandler
    void on(ProductVariantAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        variants.add(idOf(event.productId()), event.variantId(), event.sku(), event.options(), event.prices(),
                event.staged(), sequence);
        touch(event.productId(), sequence, occurredAt);
    }

    @EventHandler
    void on(ProductVariantChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        variants.change(idOf(event.productId()), event.variantId(), event.optionsAfter(), event.pricesAfter(),
                event.staged(), sequence);
        touch(event.productId(), sequence, occurredAt);
    }

    @EventHandler
    void on(ProductVariantRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        variants.remove(idOf(event.productId()), event.variantId(), event.staged(), sequence);
        touch(event.productId(), sequence, occurredAt);
    }

    @EventHandler
    void on(ProductPricesChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        change(event.productId(), sequence, p -> p.withPrices(event.pricesAfter(), event.compareAtPricesAfter(),
                event.staged(), sequence, occurredAt));
    }

    /**
     * An undo: both versions of the details, prices and variants as they were at an earlier version (its images are
     * {@link ProductMediaProjection}'s). The prices are set for both versions, then the staged ones on their own.
     */
    @EventHandler
    void on(ProductRevertedEvent event, @SequenceNumber long sequence, @Timestamp Instant occurredAt) {
        variants.replaceAll(idOf(event.productId()), event.variants(), event.stagedVariants(), sequence);
        batch().variantsChanged(idOf(event.productId()));
        change(event.productId(), sequence, p -> p.withVersions(event.current(), event.staged(), sequence, occurredAt)
                .withPrices(event.prices(), event.compareAtPrices(), false, sequence, occurredAt)
                .withPrices(event.stagedPrices(), event.stagedCompareAtPrices(), true, sequence, occurredAt));
    }

    @ResetHandler
    void reset() {
        variants.deleteAll();
        products.deleteAll();
    }

    /** The variants' rows carry their own sequence guard; the images move with the product row's. */
    private void publishStaged(String productId, long sequence, UnaryOperator<ProductDetails> change) {
        UUID id = idOf(productId);
        BatchedProducts batch = batch();
        if (batch.mayHaveVariants(id)) {
            variants.publish(id, sequence);
        }
        if (change(productId, sequence, change) && batch.mayHaveStagedImages(id)) {
            media.copyImages(id, true);
        }
    }

    /**
     * A row already at or past this sequence stays as it is (redelivery).
     *
     * @return whether the change was applied
     */
    private boolean change(String productId, long sequence, UnaryOperator<ProductDetails> change) {
        return batch().change(idOf(productId), sequence, change);
    }

    /** A change stored elsewhere (a variant row) still moves the product's version, as a status change does. */
    private void status(String productId, ProductStatus status, long sequence, Instant at) {
        change(productId, sequence, p -> p.withStatus(status, sequence, at));
    }

    private void touch(String productId, long sequence, Instant at) {
        batch().variantsChanged(idOf(productId));
        change(productId, sequence, p -> p.withStatus(p.status(), sequence, at));
    }

    private BatchedProducts batch() {
        return BatchedProducts.ofCurrentBatch(products, aborted);
    }

    private static UUID idOf(String productId) {
        return UUID.fromString(productId);
    }
}
