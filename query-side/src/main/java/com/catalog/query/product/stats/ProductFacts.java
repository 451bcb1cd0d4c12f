package com.catalog.query.product.stats;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductEvent;
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
import java.util.UUID;

/**
 * One row of {@code product_stats}: what the statistics need of a product, and how each event changes it.
 * Category and brand are tracked for the current version (what buyers see) and the staged one (the latest edits),
 * because a publish makes the staged ones current. Prices likewise: {@code prices} are the ones buyers see (the price
 * history is made of their changes), {@code stagedPrices} a staged price list waiting for the next publish.
 *
 * @param prices       what buyers see, primary first
 * @param stagedPrices the staged price list, null when no price change is staged
 * @param changeCount  events after the creation
 */
record ProductFacts(
        UUID id,
        String sellerId,
        ProductStatus status,
        String currentCategoryId,
        String currentBrandId,
        String stagedCategoryId,
        String stagedBrandId,
        List<CurrencyAmount> prices,
        List<CurrencyAmount> stagedPrices,
        int changeCount,
        Instant createdAt,
        Instant lastChangedAt,
        long lastSequence) {

    static ProductFacts created(ProductCreatedEvent event, long sequence, Instant at) {
        return new ProductFacts(UUID.fromString(event.productId()), event.sellerId(), ProductStatus.DRAFT,
                event.categoryId(), event.brandId(), event.categoryId(), event.brandId(), event.prices(), null, 0, at, at,
                sequence);
    }

    /** The row after a later event of the product: every event counts as a change. */
    ProductFacts after(ProductEvent event, long sequence, Instant at) {
        ProductFacts next = withLifecycle(event).withDetails(event).withPrices(event);
        return new ProductFacts(id, sellerId, next.status, next.currentCategoryId, next.currentBrandId,
                next.stagedCategoryId, next.stagedBrandId, next.prices, next.stagedPrices, changeCount + 1, createdAt,
                at, sequence);
    }

    private ProductFacts withLifecycle(ProductEvent event) {
        if (event instanceof ProductPublishedEvent) {
            return withStatus(ProductStatus.PUBLISHED).stagedMadeCurrent();
        }
        if (event instanceof ProductUnpublishedEvent) {
            return withStatus(ProductStatus.UNPUBLISHED);
        }
        if (event instanceof ProductDiscontinuedEvent) {
            return withStatus(ProductStatus.DISCONTINUED);
        }
        if (event instanceof ProductRestoredEvent restored) {
            return withStatus(ProductStatus.valueOf(restored.restoredStatus().name()));
        }
        return this;
    }

    private ProductFacts withDetails(ProductEvent event) {
        if (event instanceof ProductStagedChangesPublishedEvent) {
            return stagedMadeCurrent();
        }
        if (event instanceof ProductStagedChangesDiscardedEvent) {
            return references(currentCategoryId, currentBrandId, currentCategoryId, currentBrandId);
        }
        if (event instanceof ProductDetailsChangedEvent changed) {
            String category = changed.changedFields().contains("categoryId") ? changed.after().categoryId() : stagedCategoryId;
            String brand = changed.changedFields().contains("brandId") ? changed.after().brandId() : stagedBrandId;
            // not staged: the change applies to what buyers see at once
            return changed.staged() ? references(currentCategoryId, currentBrandId, category, brand)
                    : references(category, brand, category, brand);
        }
        if (event instanceof ProductReferenceReassignedEvent reassigned) {
            boolean category = "categoryId".equals(reassigned.reference());
            return references(
                    category ? moved(currentCategoryId, reassigned) : currentCategoryId,
                    category ? currentBrandId : moved(currentBrandId, reassigned),
                    category ? moved(stagedCategoryId, reassigned) : stagedCategoryId,
                    category ? stagedBrandId : moved(stagedBrandId, reassigned));
        }
        return this;
    }

    /**
     * A staged price change waits in {@code stagedPrices}; the publish that makes it current (publish or publish of
     * staged changes) is when buyers' prices, and so the price history, change. A discard drops it.
     */
    private ProductFacts withPrices(ProductEvent event) {
        if (event instanceof ProductPublishedEvent || event instanceof ProductStagedChangesPublishedEvent) {
            return stagedPrices == null ? this : withPriceLists(stagedPrices, null);
        }
        if (event instanceof ProductStagedChangesDiscardedEvent) {
            return withPriceLists(prices, null);
        }
        if (event instanceof ProductRevertedEvent reverted) {
            return withPriceLists(reverted.prices(),
                    reverted.stagedPrices().equals(reverted.prices()) ? null : reverted.stagedPrices());
        }
        if (event instanceof ProductPricesChangedEvent changed) {
            return changed.staged() ? withPriceLists(prices, changed.pricesAfter())
                    : withPriceLists(changed.pricesAfter(), stagedPrices);
        }
        if (event instanceof ProductPriceChangedEvent changed) {
            // the price in the old currency is replaced where it stood, so the primary price stays first
            CurrencyAmount price = new CurrencyAmount(changed.newPriceCurrency(), changed.newPriceAmount());
            if (changed.staged()) {
                return withPriceLists(prices, replaced(stagedPrices == null ? prices : stagedPrices,
                        changed.oldPriceCurrency(), price));
            }
            return withPriceLists(replaced(prices, changed.oldPriceCurrency(), price), stagedPrices);
        }
        return this;
    }

    private static List<CurrencyAmount> replaced(List<CurrencyAmount> list, String currency, CurrencyAmount price) {
        List<CurrencyAmount> next = new ArrayList<>();
        list.forEach(p -> next.add(p.currency().equals(currency) ? price : p));
        return next;
    }

    private static String moved(String reference, ProductReferenceReassignedEvent event) {
        return event.fromId().equals(reference) ? event.toId() : reference;
    }

    private ProductFacts stagedMadeCurrent() {
        return references(stagedCategoryId, stagedBrandId, stagedCategoryId, stagedBrandId);
    }

    private ProductFacts withStatus(ProductStatus newStatus) {
        return new ProductFacts(id, sellerId, newStatus, currentCategoryId, currentBrandId, stagedCategoryId,
                stagedBrandId, prices, stagedPrices, changeCount, createdAt, lastChangedAt, lastSequence);
    }

    private ProductFacts references(String currentCategory, String currentBrand, String stagedCategory, String stagedBrand) {
        return new ProductFacts(id, sellerId, status, currentCategory, currentBrand, stagedCategory, stagedBrand, prices,
                stagedPrices, changeCount, createdAt, lastChangedAt, lastSequence);
    }

    private ProductFacts withPriceLists(List<CurrencyAmount> newPrices, List<CurrencyAmount> newStagedPrices) {
        return new ProductFacts(id, sellerId, status, currentCategoryId, currentBrandId, stagedCategoryId,
                stagedBrandId, List.copyOf(newPrices), newStagedPrices == null ? null : List.copyOf(newStagedPrices),
                changeCount, createdAt, lastChangedAt, lastSequence);
    }
}
