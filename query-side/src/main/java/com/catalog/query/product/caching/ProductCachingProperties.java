package com.catalog.query.product.caching;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param paths         servlet URL patterns of the product reads that get an ETag, 304 and gzip
 * @param gzipMinSize   smaller bodies are sent as they are (gzip would not pay for its header and CPU)
 */
@ConfigurationProperties("catalog.read.products")
record ProductCachingProperties(
        @DefaultValue({"/api/v1/products", "/api/v1/products/*"}) List<String> paths,
        @DefaultValue("2KB") DataSize gzipMinSize) {
}
