package com.catalog.query.brand;

import com.catalog.query.brand.BrandFigures.BrandCategory;
import com.catalog.query.browse.ProductFigures.PriceRange;
import java.util.List;

/**
 * One brand of a side-by-side comparison.
 *
 * @param publishedProducts its published products
 * @param priceRanges       lowest and highest price of them, per currency (minor units)
 * @param categories        the categories they are in, most products first
 */
record BrandComparison(BrandResponse brand, long publishedProducts, List<PriceRange> priceRanges,
                       List<BrandCategory> categories) {
}
