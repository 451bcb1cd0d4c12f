package com.catalog.events.value;

import java.util.Currency;

/**
 * An amount in the minor unit of an ISO 4217 currency (cents for EUR, yen for JPY). Integer minor units
 * keep arithmetic exact; no floating point ever touches a price.
 */
public record Money(long amountMinor, String currency) {

    public Money {
        if (amountMinor < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        if (currency == null || !currency.matches("[A-Z]{3}") || !isIsoCurrency(currency)) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR or USD");
        }
    }

    public static Money of(long amountMinor, String currency) {
        return new Money(amountMinor, currency);
    }

    private static boolean isIsoCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
