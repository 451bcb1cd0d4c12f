package com.catalog.events.integration;

/** A price on the public contract: amount in minor units of an ISO 4217 currency. */
public record PriceV1(long amount, String currency) {
}
