package com.catalog.query.product.search;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A page of products.
 *
 * @param total      all matches, not only this page
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 * @param facets     counts over all matches (search only; null for listings)
 * @param didYouMean a corrected query when nothing matched and the index knows better-spelled words, else null
 */
record ProductSearchResponse(
        long total,
        List<ProductSearchItem> items,
        String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL) SearchFacets facets,
        @JsonInclude(JsonInclude.Include.NON_NULL) String didYouMean) {
}
