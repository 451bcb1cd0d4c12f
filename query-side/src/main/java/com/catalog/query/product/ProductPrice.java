package com.catalog.query.product;

/** A price as buyers see it: amount in minor units (e.g. cents) of an ISO 4217 currency. */
public record ProductPrice(long amount, String currency) {
}
