package com.catalog.command.product;

/**
 * Whether a category or brand a product is about to reference may be referenced: it exists, is not deleted and (for
 * a category) is not deactivated. Implementations also hold off a concurrent deletion of that category or brand until
 * the product's transaction ends, so a deletion either sees the product (409, or it moves it) or the product sees the
 * deletion (422): no product can end up referencing a deleted category or brand.
 */
public interface CatalogReferences {

    boolean categoryUsable(String categoryId);

    boolean brandUsable(String brandId);
}
