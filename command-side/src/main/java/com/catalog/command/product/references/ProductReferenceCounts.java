package com.catalog.command.product.references;

/**
 * How many active (not discontinued) products refer to a category or brand, counted in
 * {@code event_store.product_reference_lookup}, which changes in the transaction of each product event. For rules
 * of other aggregates such as "a category with active products cannot be deleted".
 */
public interface ProductReferenceCounts {

    long activeProductsInCategory(String categoryId);

    long activeProductsOfBrand(String brandId);
}
