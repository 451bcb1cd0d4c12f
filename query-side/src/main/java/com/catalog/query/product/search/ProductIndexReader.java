package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Many documents in one real-time {@code _mget}; ids without a document are absent from the map. */
    Map<String, ProductDocument> findAll(Collection<String> productIds) {
        Map<String, ProductDocument> found = new HashMap<>();
        if (productIds.isEmpty()) {
            return found;
        }
        try {
            MgetResponse<ProductDocument> response = client.mget(m -> m.index(ProductIndexWriter.indexFor(properties))
                    .ids(List.copyOf(productIds)), ProductDocument.class);
            response.docs().forEach(doc -> {
                if (doc.isFailure()) {
                    throw new IllegalStateException("Elasticsearch mget of product " + doc.failure().id() + " failed: "
                            + doc.failure().error().reason());
                }
                if (doc.result().found() && doc.result().source() != null) {
                    found.put(doc.result().id(), doc.result().source());
                }
            });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch mget of " + productIds.size() + " products failed", e);
        }
    }
}
