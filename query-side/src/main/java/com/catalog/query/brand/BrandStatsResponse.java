package com.catalog.query.brand;

import com.catalog.query.browse.ProductFigures.Activity;
import com.catalog.query.browse.ProductFigures.PriceRange;
import com.catalog.query.browse.ProductFigures.ProductCounts;
import java.util.List;
import java.util.UUID;

/**
 * Figures of a brand.
 *
 * @param products    published products; per status for admins
 * @param priceRanges lowest and highest price of its published products, per currency (minor units)
 * @param categories  distinct categories among its published products
 */
record BrandStatsResponse(UUID brandId, ProductCounts products, List<PriceRange> priceRanges, long categories,
                          Activity recentActivity) {
}
