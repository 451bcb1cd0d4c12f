package com.catalog.query.product.details;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.query.product.ProductStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of {@code read.product}: the product page as of the event with {@code lastSequence}. {@code name},
 * {@code description} and {@code priceAmount}/{@code priceCurrency} are derived: the current version's
 * default-locale texts and the primary price. {@code prices} and {@code compareAtPrices} are what buyers see,
 * {@code stagedPrices} and {@code stagedCompareAtPrices} the staged version (equal until a published product's
 * prices are edited).
 */
record ProductDetails(
        UUID id,
        String sellerId,
        String name,
        String description,
        String sku,
        long priceAmount,
        String priceCurrency,
        ProductStatus status,
        long lastSequence,
        Instant createdAt,
        Instant updatedAt,
        ProductDetailFields current,
        ProductDetailFields staged,
        List<CurrencyAmount> prices,
        List<CurrencyAmount> compareAtPrices,
        CurrencyAmount costPrice,
        List<CurrencyAmount> stagedPrices,
        List<CurrencyAmount> stagedCompareAtPrices) {

    static ProductDetails created(ProductCreatedEvent event, long sequence, Instant occurredAt) {
        return new ProductDetails(UUID.fromString(event.productId()), event.sellerId(), null, null, event.sku(), 0, null,
                ProductStatus.DRAFT, sequence, occurredAt, occurredAt, event.details(), event.details(),
                event.prices(), event.compareAtPrices(), event.costPrice(), event.prices(), event.compareAtPrices())
                .derived();
    }

    /** Details or prices differ between the versions (variants and images are compared in SQL). */
    boolean hasStagedChanges() {
        return staged != null && !staged.equals(current)
                || !stagedPrices.equals(prices) || !stagedCompareAtPrices.equals(compareAtPrices);
    }

    ProductDetails withStatus(ProductStatus newStatus, long sequence, Instant at) {
        return new ProductDetails(id, sellerId, name, description, sku, priceAmount, priceCurrency, newStatus, sequence,
                createdAt, at, current, staged, prices, compareAtPrices, costPrice, stagedPrices, stagedCompareAtPrices);
    }

    ProductDetails withVersions(ProductDetailFields newCurrent, ProductDetailFields newStaged, long sequence, Instant at) {
        return new ProductDetails(id, sellerId, name, description, sku, priceAmount, priceCurrency, status, sequence,
                createdAt, at, newCurrent, newStaged, prices, compareAtPrices, costPrice, stagedPrices,
                stagedCompareAtPrices).derived();
    }

    /** The staged prices become current (publish). */
    ProductDetails withStagedPricesCurrent() {
        return new ProductDetails(id, sellerId, name, description, sku, priceAmount, priceCurrency, status, lastSequence,
                createdAt, updatedAt, current, staged, stagedPrices, stagedCompareAtPrices, costPrice, stagedPrices,
                stagedCompareAtPrices).derived();
    }

    /** The current prices become the staged ones again (discard). */
    ProductDetails withCurrentPricesStaged() {
        return new ProductDetails(id, sellerId, name, description, sku, priceAmount, priceCurrency, status, lastSequence,
                createdAt, updatedAt, current, staged, prices, compareAtPrices, costPrice, prices, compareAtPrices);
    }

    /** New staged prices; when not {@code staged}, buyers see them at once too. */
    ProductDetails withPrices(List<CurrencyAmount> newPrices, List<CurrencyAmount> newCompareAt, boolean staged,
                              long sequence, Instant at) {
        List<CurrencyAmount> nextStaged = List.copyOf(newPrices);
        List<CurrencyAmount> nextStagedCompareAt = List.copyOf(newCompareAt);
        return new ProductDetails(id, sellerId, name, description, sku, priceAmount, priceCurrency, status, sequence,
                createdAt, at, current, this.staged, staged ? prices : nextStaged,
                staged ? compareAtPrices : nextStagedCompareAt, costPrice, nextStaged, nextStagedCompareAt).derived();
    }

    ProductDetails withCostPrice(CurrencyAmount newCostPrice, long sequence, Instant at) {
        return new ProductDetails(id, sellerId, name, description, sku, priceAmount, priceCurrency, status, sequence,
                createdAt, at, current, staged, prices, compareAtPrices, newCostPrice, stagedPrices, stagedCompareAtPrices);
    }

    /** Recomputes the derived columns from the current version and the prices. */
    private ProductDetails derived() {
        if (current == null || prices.isEmpty()) {
            return this;
        }
        CurrencyAmount primary = prices.get(0);
        return new ProductDetails(id, sellerId, current.name().get(current.defaultLocale()),
                current.description().get(current.defaultLocale()), sku, primary.amount(), primary.currency(), status,
                lastSequence, createdAt, updatedAt, current, staged, prices, compareAtPrices, costPrice, stagedPrices,
                stagedCompareAtPrices);
    }
}
