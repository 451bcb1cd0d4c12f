package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchItem;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HitsMetadata;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Search and listing over the alias. The user's text is only ever a query value, never part of the DSL. */
@Component
class ProductSearcher {

    private static final String CORRECTION = "correction";

    private final ElasticsearchClient client;
    private final SearchProperties properties;
    private final ProductSearchRequests requests;
    private final CategoryFacetTree categoryTree;

    private final boolean separateFacetRequest;

    ProductSearcher(ElasticsearchClient client, SearchProperties properties, ProductSearchRequests requests,
                    CategoryFacetTree categoryTree,
                    @Value("${catalog.search.separate-facet-request:true}") boolean separateFacetRequest) {
        this.client = client;
        this.properties = properties;
        this.requests = requests;
        this.categoryTree = categoryTree;
        this.separateFacetRequest = separateFacetRequest;
    }

    ProductSearchResponse search(ProductQuery query, boolean withFacets) {
        return search(query, withFacets, false);
    }

    /** @param fresh a read-your-writes search: facets from the read models as they are now (CategoryFacetTree) */
    ProductSearchResponse search(ProductQuery query, boolean withFacets, boolean fresh) {
        try {
            if (withFacets && separateFacetRequest) {
                return searchWithSeparateFacets(query, fresh);
            }
            SearchResponse<ProductDocument> response = client.search(requests.build(query, withFacets), ProductDocument.class);
            return response(query, response.hits(), response.hits(), withFacets ? response.aggregations() : null, fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch search failed", e);
        }
    }

    /** {@link ProductSearchRequests#buildWithSeparateFacets}: the page from the first answer, total and facets from the second. */
    private ProductSearchResponse searchWithSeparateFacets(ProductQuery query, boolean fresh) throws IOException {
        MsearchResponse<ProductDocument> response = client.msearch(requests.buildWithSeparateFacets(query),
                ProductDocument.class);
        MultiSearchItem<ProductDocument> page = result(response.responses().get(0));
        MultiSearchItem<ProductDocument> counts = result(response.responses().get(1));
        return response(query, page.hits(), counts.hits(), counts.aggregations(), fresh);
    }

    private static MultiSearchItem<ProductDocument> result(MultiSearchResponseItem<ProductDocument> item) {
        if (item.isFailure()) {
            throw new ElasticsearchException("msearch", item.failure());
        }
        return item.result();
    }

    private ProductSearchResponse response(ProductQuery query, HitsMetadata<ProductDocument> page,
                                           HitsMetadata<ProductDocument> counted,
                                           Map<String, Aggregate> facets, boolean fresh) throws IOException {
        List<Hit<ProductDocument>> hits = page.hits();
        long total = counted.total() == null ? 0 : counted.total().value();
        String next = hits.size() < query.pageSize() ? null
                : SearchCursor.encode(query.sort(), hits.get(hits.size() - 1).sort());
        return new ProductSearchResponse(total,
                hits.stream().map(h -> ProductSearchItem.of(h.source(), h.score(), h.highlight())).toList(), next,
                facets == null ? null : SearchFacets.of(facets, query.currency(), categoryTree, fresh),
                total == 0 && query.text() != null && query.after() == null ? correction(query.text()) : null);
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
