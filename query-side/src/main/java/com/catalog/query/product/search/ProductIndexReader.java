package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads one indexed document by id. A get by id is real-time in Elasticsearch: it sees every acknowledged write,
 * refreshed or not, so the previous batch's writes are always visible to the next one.
 */
@Component
class ProductIndexReader {

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    ProductIndexReader(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    Optional<ProductDocument> find(String productId) {
        try {
            GetResponse<ProductDocument> response = client.get(g -> g.index(ProductIndexWriter.indexFor(properties)).id(productId),
                    ProductDocument.class);
            return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch get of product " + productId + " failed", e);
        }
    }
}
