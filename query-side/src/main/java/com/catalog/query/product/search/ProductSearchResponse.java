package com.catalog.query.product.search;

import java.util.List;

/** A page of search hits; {@code total} counts all matches, not only this page. */
record ProductSearchResponse(long total, List<ProductSearchItem> items) {
}
