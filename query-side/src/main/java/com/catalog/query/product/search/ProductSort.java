package com.catalog.query.product.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The orders a buyer can ask for; each ends with the product id as tie-breaker so cursors never skip or repeat. */
enum ProductSort {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    PRICE_ASC("price_asc"),
    PRICE_DESC("price_desc"),
    NAME("name");

    final String parameter;

    ProductSort(String parameter) {
        this.parameter = parameter;
    }

    static ProductSort parse(String value, ProductSort fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst()
                .orElseThrow(() -> new SearchParameterException("invalid-sort", "Unknown sort",
                        "sort must be one of " + Arrays.stream(values()).map(s -> s.parameter)
                                .collect(Collectors.joining(", "))));
    }
}
