package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.catalog.query.replay.FreshReadModel;
import com.catalog.query.replay.ReadModelStore;
import org.elasticsearch.client.RestClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The product-search projection replays into a new versioned index, swapped in through the alias. */
@Component
class ProductIndexReplays implements ReadModelStore {

    private final ElasticsearchClient client;
    private final RestClient rest;
    private final ProductIndexAdministration administration;

    ProductIndexReplays(ElasticsearchClient client, RestClient rest, ProductIndexAdministration administration) {
        this.client = client;
        this.rest = rest;
        this.administration = administration;
    }

    @Override
    public boolean holds(String processor) {
        return ProductSearchProjection.PROCESSOR.equals(processor);
    }

    @Override
    public FreshReadModel createFresh(String processor) {
        try {
            String index = administration.nextIndex();
            administration.createUnaliased(index);
            return new FreshProductIndex(client, rest, administration, index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a fresh search index", e);
        }
    }
}
