package com.catalog.command.category;

/**
 * How many products use a category, as far as the deletion rule needs to know. Backed by
 * {@code event_store.product_reference_lookup}, which the product side changes in the transaction of each
 * product event (read here by SQL, so categories and brands stay independent of the product code).
 */
public interface CategoryUsage {

    long activeProductsIn(String categoryId);
}
