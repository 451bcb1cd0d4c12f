package com.catalog.events.product;

import com.catalog.events.value.Money;
import java.util.List;

/**
 * One price inside a product event: an amount in minor units of an ISO 4217 currency. A plain record of plain
 * values, so the stored JSON stays {@code {"currency":"EUR","amount":1999}} whatever {@link Money} becomes.
 */
public record CurrencyAmount(String currency, long amount) {

    public static CurrencyAmount of(Money money) {
        return new CurrencyAmount(money.currency(), money.amountMinor());
    }

    public static List<CurrencyAmount> of(List<Money> prices) {
        return prices.stream().map(CurrencyAmount::of).toList();
    }

    public Money toMoney() {
        return Money.of(amount, currency);
    }
}
