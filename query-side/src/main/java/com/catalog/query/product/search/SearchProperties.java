package com.catalog.query.product.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the product search index lives.
 *
 * @param alias   the name every read and write goes through, so a rebuilt index can be swapped in atomically
 * @param index   the concrete, versioned index created behind the alias when the alias does not exist yet
 * @param mapping settings and mappings of {@code index}, one versioned file
 * @param maxSize largest page a search may ask for
 */
@ConfigurationProperties("catalog.search")
record SearchProperties(
        @DefaultValue("catalog-products") String alias,
        @DefaultValue("catalog-products-v1") String index,
        @DefaultValue("classpath:elasticsearch/catalog-products-v1.json") Resource mapping,
        @DefaultValue("100") int maxSize) {
}
