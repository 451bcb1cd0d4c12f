package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.catalog.query.replay.ReplayBatch;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

/** Sends one {@code _bulk} per Axon batch through the alias (a replay's batch: into its fresh index). */
@Component
class ProductIndexWriter {

    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    private static final int RENAME_ATTEMPTS = 5;
    private static final int RENAME_PAGE = 500;

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
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(target());
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

    /**
     * Rewrites every document that shows a renamed category or brand (the minimal Elasticsearch distribution has no
     * update-by-query). Each write carries the document's version + 1: optimistic locking, and still below the
     * version of the product's next event (see {@link IndexOperation}). A conflict means another write reached the
     * document meanwhile — a product event, or the rename of its brand or category handled by another segment — so
     * the rename starts again from a fresh search, a few times, before it fails the batch.
     */
    void rename(String idField, String id, UnaryOperator<ProductDocument> renamed) {
        for (int attempt = 1; ; attempt++) {
            try {
                renameOnce(idField, id, renamed);
                return;
            } catch (SearchIndexingException conflict) {
                if (!conflict.conflictsOnly() || attempt == RENAME_ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }

    private void renameOnce(String idField, String id, UnaryOperator<ProductDocument> renamed) {
        try {
            String index = target();
            client.indices().refresh(r -> r.index(index));
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<ProductDocument> page = client.search(s -> {
                    s.index(index).size(RENAME_PAGE).version(true)
                            .query(q -> q.term(t -> t.field(idField).value(id)))
                            .sort(o -> o.field(f -> f.field("id")));
                    return from == null ? s : s.searchAfter(from);
                }, ProductDocument.class);
                List<Hit<ProductDocument>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return;
                }
                rewrite(hits, renamed);
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch rename in documents with " + idField + " " + id + " failed", e);
        }
    }

    /** Documents that already show the name are left alone, so a repeated event writes nothing. */
    private void rewrite(List<Hit<ProductDocument>> hits, UnaryOperator<ProductDocument> renamed) {
        List<Hit<ProductDocument>> changed = hits.stream()
                .filter(hit -> !renamed.apply(hit.source()).equals(hit.source())).toList();
        if (changed.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder().index(target());
        changed.forEach(hit -> bulk.operations(o -> o.index(i -> i.id(hit.id())
                .version(hit.version() + 1).versionType(VersionType.External)
                .document(renamed.apply(hit.source())))));
        List<BulkResponseItem> failed = send(bulk.build()).items().stream().filter(item -> item.error() != null).toList();
        if (!failed.isEmpty()) {
            boolean conflictsOnly = failed.stream().allMatch(item -> VERSION_CONFLICT.equals(item.error().type()));
            throw new SearchIndexingException(failed.size(), changed.size(), failed.get(0).error().reason(), conflictsOnly);
        }
    }

    private String target() {
        return indexFor(properties);
    }

    /** The alias, or the fresh index of the replay whose batch this is. */
    static String indexFor(SearchProperties properties) {
        return ReplayBatch.target().orElse(properties.alias());
    }
}
