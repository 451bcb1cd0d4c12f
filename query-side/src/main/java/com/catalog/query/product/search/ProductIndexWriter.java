package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Sends one {@code _bulk} per Axon batch through the alias. */
@Component
class ProductIndexWriter {

    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    ProductIndexWriter(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /**
     * A version conflict means the index already holds this or a newer version of the document: that item is
     * done. Any other item error fails the whole call, so the batch is retried and its token does not advance.
     */
    void write(List<IndexOperation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(properties.alias());
        operations.forEach(op -> bulk.operations(o -> o.index(i -> i
                .id(op.document().id())
                .version(op.version())
                .versionType(VersionType.External)
                .document(op.document()))));
        List<BulkResponseItem> failed = send(bulk.build()).items().stream()
                .filter(item -> item.error() != null && !VERSION_CONFLICT.equals(item.error().type()))
                .toList();
        if (!failed.isEmpty()) {
            throw new SearchIndexingException(failed.size(), operations.size(), failed.get(0).error().reason());
        }
    }

    private BulkResponse send(BulkRequest request) {
        try {
            return client.bulk(request);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch bulk request failed", e);
        }
    }
}
