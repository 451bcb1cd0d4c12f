package com.catalog.command.brand;

/**
 * How many products use a brand, as far as the deletion rule needs to know. Backed by
 * {@code event_store.product_reference_lookup}, which the product side changes in the transaction of each
 * product event (read here by SQL, so categories and brands stay independent of the product code).
 */
public interface BrandUsage {

    long activeProductsOf(String brandId);
}
