package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.catalog.query.replay.Checksum;
import com.catalog.query.replay.FreshReadModel;
import com.catalog.query.replay.Verification;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * A new search index filled by a replay. The projection's writer sends a replay batch's bulk here instead of to the
 * alias ({@link ProductIndexWriter#indexFor(SearchProperties)}). Verified per product: the document's external version carries the
 * sequence of the last product event applied (see {@link IndexOperation}).
 */
final class FreshProductIndex implements FreshReadModel {

    private static final int PAGE = 5_000;

    private final ElasticsearchClient client;
    private final RestClient rest;
    private final ProductIndexAdministration administration;
    private final String index;
    private boolean swapped;

    FreshProductIndex(ElasticsearchClient client, RestClient rest, ProductIndexAdministration administration,
                      String index) {
        this.client = client;
        this.rest = rest;
        this.administration = administration;
        this.index = index;
    }

    @Override
    public String name() {
        return index;
    }

    @Override
    public Verification verification() {
        return Verification.perAggregate("Product");
    }

    @Override
    public void enter(UnitOfWork<?> batch) {
        // the writer and reader look the index up from the batch themselves
    }

    /**
     * Back to Elasticsearch's default refresh: reset (null, which the typed client cannot send), not "1s", since an
     * explicit interval would switch off the search-idle refresh-on-search the live index has.
     */
    @Override
    public void filled() {
        try {
            Request reset = new Request("PUT", "/" + index + "/_settings");
            reset.setJsonEntity("{\"index\": {\"refresh_interval\": null}}");
            rest.performRequest(reset);
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh " + index, e);
        }
    }

    @Override
    public Checksum checksum(long upTo, Set<String> moving) {
        Checksum checksum = new Checksum();
        try {
            client.indices().refresh(r -> r.index(index));
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<Void> page = client.search(s -> {
                    s.index(index).size(PAGE).version(true).source(src -> src.fetch(false))
                            .sort(o -> o.field(f -> f.field("id")));
                    return from == null ? s : s.searchAfter(from);
                }, Void.class);
                List<Hit<Void>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return checksum;
                }
                hits.stream().filter(hit -> !moving.contains(hit.id()))
                        .forEach(hit -> checksum.add(hit.id(), (hit.version() >> IndexOperation.RENAME_BITS) - 1));
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + index + " for verification", e);
        }
    }

    @Override
    public void swapIn() {
        try {
            administration.swapAliasTo(index);
            swapped = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the alias to " + index, e);
        }
    }

    @Override
    public void discard() {
        if (swapped) {
            return;
        }
        try {
            administration.delete(index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + index, e);
        }
    }
}
