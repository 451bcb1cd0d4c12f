package com.catalog.query.category;

import com.catalog.query.browse.ProductFigures.Activity;
import com.catalog.query.browse.ProductFigures.PriceRange;
import com.catalog.query.browse.ProductFigures.ProductCounts;
import java.util.List;
import java.util.UUID;

/**
 * Figures of a category together with all its descendants.
 *
 * @param categories  how many categories that is (the category itself included)
 * @param products    published products; per status for admins
 * @param priceRanges lowest and highest price of its published products, per currency (minor units)
 * @param brands      distinct brands among its published products
 */
record CategoryStatsResponse(UUID categoryId, int categories, ProductCounts products, List<PriceRange> priceRanges,
                             long brands, Activity recentActivity) {
}
