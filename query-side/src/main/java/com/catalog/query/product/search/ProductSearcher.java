package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Full-text search over the alias. The user's text is only ever a query value, never part of the DSL. */
@Component
class ProductSearcher {

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    ProductSearcher(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    ProductSearchResponse search(String text, int size) {
        try {
            SearchResponse<ProductDocument> response = client.search(s -> s
                    .index(properties.alias())
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.multiMatch(m -> m
                            .query(text)
                            .fields("name^3", "allNames^2", "shortDescription", "description", "sku", "variantSkus", "optionValues")
                            .fuzziness("AUTO"))), ProductDocument.class);
            return new ProductSearchResponse(response.hits().total() == null ? 0 : response.hits().total().value(),
                    response.hits().hits().stream().map(ProductSearcher::item).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch search failed", e);
        }
    }

    /** Makes every write acknowledged so far visible to search, for read-your-writes requests. */
    void refresh() {
        try {
            client.indices().refresh(r -> r.index(properties.alias()));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch refresh failed", e);
        }
    }

    private static ProductSearchItem item(Hit<ProductDocument> hit) {
        return ProductSearchItem.of(hit.source(), hit.score());
    }
}
