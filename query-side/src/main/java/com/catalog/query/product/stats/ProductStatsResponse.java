package com.catalog.query.product.stats;

import com.catalog.query.product.ProductStatus;
import com.catalog.query.product.stats.ProductStatsRepository.PriceChange;
import com.catalog.query.product.stats.ProductStatsRepository.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product's figures, all derived from its events.
 *
 * @param changes         events after the creation (edits, price changes, lifecycle, variants, images, featuring)
 * @param asOf            the time the open status period is counted up to (the request time, truncated)
 * @param secondsInStatus every status, with the whole seconds the product spent in it up to {@code asOf}
 * @param statusHistory   every status period, oldest first; the last one is open ({@code to} null)
 * @param priceHistory    per currency, every period of a price buyers saw, oldest first; {@code to} null while it is
 *                        the price. A staged price starts its period at the publish that made it current.
 */
record ProductStatsResponse(
        UUID productId,
        ProductStatus status,
        Instant createdAt,
        int changes,
        Instant lastChangedAt,
        Instant asOf,
        Map<ProductStatus, Long> secondsInStatus,
        List<StatusPeriod> statusHistory,
        Map<String, List<PricePeriod>> priceHistory) {

    record StatusPeriod(ProductStatus status, Instant from, Instant to) {
    }

    /** {@code amount} in minor units of the currency it is listed under. */
    record PricePeriod(long amount, Instant from, Instant to) {
    }

    static ProductStatsResponse of(ProductFacts facts, List<StatusChange> statuses, List<PriceChange> prices, Instant asOf) {
        List<StatusPeriod> periods = new ArrayList<>();
        Map<ProductStatus, Long> seconds = new EnumMap<>(ProductStatus.class);
        for (ProductStatus status : ProductStatus.values()) {
            seconds.put(status, 0L);
        }
        for (int i = 0; i < statuses.size(); i++) {
            StatusChange change = statuses.get(i);
            Instant end = i + 1 < statuses.size() ? statuses.get(i + 1).at() : null;
            periods.add(new StatusPeriod(change.status(), change.at(), end));
            Instant countedTo = end == null ? asOf : end;
            seconds.merge(change.status(), Math.max(0, Duration.between(change.at(), countedTo).toSeconds()), Long::sum);
        }
        return new ProductStatsResponse(facts.id(), facts.status(), facts.createdAt(), facts.changeCount(),
                facts.lastChangedAt(), asOf, seconds, periods, pricePeriods(prices));
    }

    /** Changes arrive per currency, oldest first; a removal ends a period without starting one. */
    private static Map<String, List<PricePeriod>> pricePeriods(List<PriceChange> changes) {
        Map<String, List<PricePeriod>> history = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            PriceChange change = changes.get(i);
            List<PricePeriod> periods = history.computeIfAbsent(change.currency(), c -> new ArrayList<>());
            boolean nextSameCurrency = i + 1 < changes.size() && changes.get(i + 1).currency().equals(change.currency());
            if (change.amount() != null) {
                periods.add(new PricePeriod(change.amount(), change.at(), nextSameCurrency ? changes.get(i + 1).at() : null));
            }
        }
        return history;
    }
}
