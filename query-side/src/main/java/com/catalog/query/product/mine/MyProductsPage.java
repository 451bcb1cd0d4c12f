package com.catalog.query.product.mine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * @param total      the caller's products matching the status filter, on all pages
 * @param nextCursor pass as {@code cursor} for the next page; absent on the last page
 */
record MyProductsPage(long total, List<MyProduct> items, @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {
}
