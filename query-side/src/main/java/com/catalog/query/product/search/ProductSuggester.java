package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Type-ahead from the {@code publishedSuggest} completion field (an in-memory FST, hence fast), which holds the
 * names and SKUs of published products only; one typo is tolerated once the prefix has 4 characters.
 */
@Component
class ProductSuggester {

    private static final String NAMES = "names";
    private static final int FUZZY_MIN_LENGTH = 4;
    /**
     * One edit at any length, as documented and as the OpenAPI description says: AUTO allowed two from 6 characters,
     * which offered names two letters away from a longer prefix.
     */
    private static final String FUZZY_EDITS = "1";

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    ProductSuggester(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    List<String> suggest(String prefix) {
        try {
            SearchResponse<Void> response = client.search(s -> s.index(properties.alias()).size(0).source(src -> src.fetch(false))
                            // no hit counting: the answer is the suggestions only
                            .trackTotalHits(t -> t.enabled(false))
                    .suggest(sg -> sg.suggesters(NAMES, fs -> fs.prefix(prefix).completion(c -> c
                            .field("publishedSuggest").size(properties.suggestSize()).skipDuplicates(true)
                            .fuzzy(f -> f.fuzziness(FUZZY_EDITS).minLength(FUZZY_MIN_LENGTH))))), Void.class);
            List<Suggestion<Void>> suggestions = response.suggest().getOrDefault(NAMES, List.of());
            return suggestions.stream().flatMap(s -> s.completion().options().stream())
                    .map(CompletionSuggestOption::text).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch suggest failed", e);
        }
    }
}
