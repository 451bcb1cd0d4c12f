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
import com.catalog.query.product.ProductStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * The product row as it was after some of its events, folded in memory for point-in-time reads with the same
 * transitions the product-details projection stores ({@link ProductDetails}'s, {@code withChanges}, {@code applyTo}):
 * both versions, a staged event changing the staged one only until a publish makes it current or a discard drops it.
 * Variants and images are {@link PastVariantsAndMedia}'s.
 */
final class PastProduct {

    private ProductDetails row;
    private final PastVariantsAndMedia parts = new PastVariantsAndMedia();

    /** @return the product after these events, empty when none of them created it */
    static Optional<PastProduct> of(List<DomainEventMessage<?>> events) {
        PastProduct past = new PastProduct();
        events.forEach(past::apply);
        return past.row == null ? Optional.empty() : Optional.of(past);
    }

    ProductDetails row() {
        return row;
    }

    List<ProductVariantRow> variants(boolean staged) {
        return parts.variants(staged);
    }

    ProductMedia media(boolean staged) {
        return parts.media(staged);
    }

    boolean hasStagedChanges() {
        return row.hasStagedChanges() || parts.hasStagedChanges();
    }

    private void apply(DomainEventMessage<?> event) {
        long sequence = event.getSequenceNumber();
        Instant at = event.getTimestamp();
        Object payload = event.getPayload();
        if (payload instanceof ProductCreatedEvent created) {
            row = ProductDetails.created(created, sequence, at);
        } else if (row != null) {
            parts.apply(payload);
            if (!details(payload, sequence, at) && !status(payload, sequence, at)) {
                row = new ProductDetails(row.id(), row.sellerId(), row.name(), row.description(), row.sku(),
                        row.priceAmount(), row.priceCurrency(), row.status(), sequence, row.createdAt(),
                        parts.touchesRow(payload) ? at : row.updatedAt(), row.current(), row.staged(), row.prices(),
                        row.compareAtPrices(), row.costPrice(), row.stagedPrices(), row.stagedCompareAtPrices());
            }
        }
    }

    /** Events that change the details or prices in the row; true when this was one. */
    private boolean details(Object payload, long sequence, Instant at) {
        ProductDetails p = row;
        if (payload instanceof ProductStagedChangesPublishedEvent) {
            row = p.withVersions(p.staged(), p.staged(), sequence, at).withStagedPricesCurrent();
        } else if (payload instanceof ProductStagedChangesDiscardedEvent) {
            row = p.withVersions(p.current(), p.current(), sequence, at).withCurrentPricesStaged();
        } else if (payload instanceof ProductDetailsChangedEvent e) {
            var staged = p.staged().withChanges(e.changedFields(), e.after());
            row = p.withVersions(e.staged() ? p.current() : staged, staged, sequence, at);
        } else if (payload instanceof ProductReferenceReassignedEvent e) {
            row = p.withVersions(e.applyTo(p.current()), e.applyTo(p.staged()), sequence, at);
        } else if (payload instanceof ProductPricesChangedEvent e) {
            row = p.withPrices(e.pricesAfter(), e.compareAtPricesAfter(), e.staged(), sequence, at);
        } else if (payload instanceof ProductPriceChangedEvent e) {
            CurrencyAmount changed = new CurrencyAmount(e.newPriceCurrency(), e.newPriceAmount());
            List<CurrencyAmount> prices = new ArrayList<>();
            p.stagedPrices().forEach(price -> prices.add(price.currency().equals(e.oldPriceCurrency()) ? changed : price));
            row = p.withPrices(prices, p.stagedCompareAtPrices(), e.staged(), sequence, at);
        } else if (payload instanceof ProductCostPriceChangedEvent e) {
            row = p.withCostPrice(e.after(), sequence, at);
        } else if (payload instanceof ProductRevertedEvent e) {
            row = p.withVersions(e.current(), e.staged(), sequence, at)
                    .withPrices(e.prices(), e.compareAtPrices(), false, sequence, at)
                    .withPrices(e.stagedPrices(), e.stagedCompareAtPrices(), true, sequence, at);
        } else {
            return false;
        }
        return true;
    }

    /** Lifecycle events; true when this was one. */
    private boolean status(Object payload, long sequence, Instant at) {
        if (payload instanceof ProductPublishedEvent) {
            row = row.withVersions(row.staged(), row.staged(), sequence, at).withStagedPricesCurrent()
                    .withStatus(ProductStatus.PUBLISHED, sequence, at);
        } else if (payload instanceof ProductUnpublishedEvent) {
            row = row.withStatus(ProductStatus.UNPUBLISHED, sequence, at);
        } else if (payload instanceof ProductDiscontinuedEvent) {
            row = row.withStatus(ProductStatus.DISCONTINUED, sequence, at);
        } else if (payload instanceof ProductRestoredEvent e) {
            row = row.withStatus(ProductStatus.valueOf(e.restoredStatus().name()), sequence, at);
        } else {
            return false;
        }
        return true;
    }
}
