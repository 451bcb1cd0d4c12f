package com.catalog.query.product.stats;

import com.catalog.events.product.CurrencyAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The per-currency difference between two price lists: a new or changed amount, or null for a removed currency. */
final class PriceChanges {

    private PriceChanges() {
    }

    /** Currency → new amount (null: removed) for every currency whose price differs; in the order of {@code after}. */
    static Map<String, Long> between(List<CurrencyAmount> before, List<CurrencyAmount> after) {
        Map<String, Long> old = amounts(before);
        Map<String, Long> changes = new LinkedHashMap<>();
        amounts(after).forEach((currency, amount) -> {
            if (!Objects.equals(old.get(currency), amount)) {
                changes.put(currency, amount);
            }
        });
        List<String> removed = new ArrayList<>(old.keySet());
        removed.removeAll(amounts(after).keySet());
        removed.forEach(currency -> changes.put(currency, null));
        return changes;
    }

    private static Map<String, Long> amounts(List<CurrencyAmount> prices) {
        Map<String, Long> amounts = new LinkedHashMap<>();
        prices.forEach(price -> amounts.put(price.currency(), price.amount()));
        return amounts;
    }
}
