package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch._types.FieldValue;

import java.util.List;
import java.util.Map;

/**
 * One validated search or listing request. {@code categoryIds} is the asked-for category with all its descendants
 * (null: no category filter); {@code currency} is the one prices are filtered, sorted and bucketed in.
 *
 * @param text       the buyer's words (null for a plain listing)
 * @param after      the decoded cursor, null for the first page
 */
record ProductQuery(
        String text,
        List<String> categoryIds,
        String brandId,
        Long minPrice,
        Long maxPrice,
        String currency,
        Boolean featured,
        Map<String, String> attributes,
        ProductSort sort,
        List<FieldValue> after,
        int pageSize) {
}
