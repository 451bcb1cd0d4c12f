package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Search and listing over the alias. The user's text is only ever a query value, never part of the DSL. */
@Component
class ProductSearcher {

    private static final String CORRECTION = "correction";

    private final ElasticsearchClient client;
    private final SearchProperties properties;
    private final ProductSearchRequests requests;
    private final CategoryFacetTree categoryTree;

    ProductSearcher(ElasticsearchClient client, SearchProperties properties, ProductSearchRequests requests,
                    CategoryFacetTree categoryTree) {
        this.client = client;
        this.properties = properties;
        this.requests = requests;
        this.categoryTree = categoryTree;
    }

    ProductSearchResponse search(ProductQuery query, boolean withFacets) {
        try {
            SearchResponse<ProductDocument> response = client.search(requests.build(query, withFacets), ProductDocument.class);
            List<Hit<ProductDocument>> hits = response.hits().hits();
            long total = response.hits().total() == null ? 0 : response.hits().total().value();
            String next = hits.size() < query.pageSize() ? null
                    : SearchCursor.encode(query.sort(), hits.get(hits.size() - 1).sort());
            return new ProductSearchResponse(total,
                    hits.stream().map(h -> ProductSearchItem.of(h.source(), h.score(), h.highlight())).toList(), next,
                    withFacets ? SearchFacets.of(response.aggregations(), query.currency(), categoryTree) : null,
                    total == 0 && query.text() != null && query.after() == null ? correction(query.text()) : null);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch search failed", e);
        }
    }

    /**
     * A term suggester over the indexed names: each word of the query is replaced by the most frequent similar word
     * the index holds. Null when no word could be improved.
     */
    private String correction(String text) throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(properties.alias()).size(0)
                .suggest(sg -> sg.text(text).suggesters(CORRECTION, fs -> fs.term(t -> t
                        .field("name").suggestMode(SuggestMode.Popular).size(1)))), Void.class);
        List<Suggestion<Void>> words = response.suggest().getOrDefault(CORRECTION, List.of());
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        for (Suggestion<Void> word : words) {
            List<TermSuggestOption> options = word.term().options();
            String chosen = options.isEmpty() ? word.term().text() : options.get(0).text();
            changed |= !options.isEmpty();
            corrected.append(corrected.isEmpty() ? "" : " ").append(chosen);
        }
        return changed ? corrected.toString() : null;
    }

    /** Makes every write acknowledged so far visible to search, for read-your-writes requests. */
    void refresh() {
        try {
            client.indices().refresh(r -> r.index(properties.alias()));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch refresh failed", e);
        }
    }
}
