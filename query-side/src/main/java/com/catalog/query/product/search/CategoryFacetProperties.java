package com.catalog.query.product.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param size most categories the facet tree counts; keep it above the number of categories the catalog has, so
 *             the counts of every node are exact
 */
@ConfigurationProperties("catalog.search.category-facet")
record CategoryFacetProperties(@DefaultValue("2000") int size) {
}
