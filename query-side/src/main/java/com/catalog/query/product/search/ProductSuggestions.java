package com.catalog.query.product.search;

import java.util.List;

/** Type-ahead completions, best first. */
record ProductSuggestions(List<String> suggestions) {
}
