package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import com.catalog.query.product.ProductStatus;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Elasticsearch request of a {@link ProductQuery} with the client's typed builders only: every value a
 * buyer sends is a term, a number or the text of a match query, never a piece of query DSL.
 */
@Component
class ProductSearchRequests {

    /** Full text with typo tolerance: the names a buyer types, short and worth a fuzzy match. */
    static final List<String> FUZZY_FIELDS = List.of("name^3", "allNames^2", "brandName^2", "categoryName^2");
    /**
     * Full text matched exactly: long descriptions (the names' words are there too, and a fuzzy expansion over their
     * vocabulary costs most) and SKUs and option values (keywords: a fuzzy SKU would find its neighbours).
     */
    static final List<String> EXACT_FIELDS = List.of("shortDescription", "description", "sku", "variantSkus",
            "optionValues");
    /** Terms of every matched category, for the facet tree: sized for the whole catalog, unlike the flat facet. */
    static final String CATEGORY_TREE = "categoryTree";
    static final List<String> HIGHLIGHTED = List.of("name", "shortDescription", "description", "brandName", "categoryName");
    /**
     * What a result item shows ({@link ProductSearchItem}): Elasticsearch sends only these, not the stored current and
     * staged details, variants and suggest inputs that make up most of a document.
     */
    static final List<String> RESULT_FIELDS = List.of("id", "name", "slug", "shortDescription", "description", "sku",
            "price", "prices", "categoryId", "categoryName", "brandId", "brandName", "featured", "status", "createdAt");

    private final SearchProperties properties;
    private final CategoryFacetProperties categoryFacet;

    ProductSearchRequests(SearchProperties properties, CategoryFacetProperties categoryFacet) {
        this.properties = properties;
        this.categoryFacet = categoryFacet;
    }

    /** Hits and, with {@code withFacets}, the facets in one request: listings, and search with inline facets. */
    SearchRequest build(ProductQuery query, boolean withFacets) {
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(properties.alias())
                .size(query.pageSize())
                .source(src -> src.filter(f -> f.includes(RESULT_FIELDS)))
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(filters(query)))
                .sort(sort(query));
        if (query.after() != null) {
            request.searchAfter(query.after());
        }
        if (query.text() != null) {
            request.highlight(highlight(query.text()));
        }
        if (withFacets) {
            request.aggregations(facets(query));
        }
        return request.build();
    }

    /**
     * Search with facets as two searches of one msearch (one round trip, run side by side in Elasticsearch): the
     * page of hits without counting them, and a size-0 request with the facets and the total, which Elasticsearch's
     * shard request cache keeps until the index changes — so a repeated query (the next page, a popular query) counts
     * and aggregates nothing. The facet request has no search_after, so every page of a query shares its entry.
     */
    MsearchRequest buildWithSeparateFacets(ProductQuery query) {
        BoolQuery filters = filters(query);
        List<SortOptions> sort = sort(query);
        return MsearchRequest.of(m -> m.index(properties.alias())
                .searches(hits -> hits.header(h -> h).body(b -> {
                    b.size(query.pageSize())
                            .source(src -> src.filter(f -> f.includes(RESULT_FIELDS)))
                            .trackTotalHits(t -> t.enabled(false))
                            .query(q -> q.bool(filters))
                            .sort(sort);
                    if (query.after() != null) {
                        b.searchAfter(query.after());
                    }
                    if (query.text() != null) {
                        b.highlight(highlight(query.text()));
                    }
                    return b;
                }))
                .searches(counts -> counts.header(h -> h.requestCache(true)).body(b -> b.size(0)
                        .trackTotalHits(t -> t.enabled(true))
                        .query(q -> q.bool(filters))
                        .aggregations(facets(query)))));
    }

    private Highlight highlight(String text) {
        return Highlight.of(h -> {
            h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>").highlightQuery(highlightQuery(text));
            HIGHLIGHTED.forEach(field -> h.fields(field, f -> f.numberOfFragments(1)));
            return h;
        });
    }

    private Map<String, Aggregation> facets(ProductQuery query) {
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        facets.put("categories", Aggregation.of(named("categoryId", "categoryName.keyword")));
        facets.put("brands", Aggregation.of(named("brandId", "brandName.keyword")));
        facets.put("attributes", Aggregation.of(a -> a.terms(t -> t.field("attributePairs").size(properties.attributeFacetSize()))));
        facets.put("prices", Aggregation.of(priceRanges(query.currency())));
        facets.put(CATEGORY_TREE, Aggregation.of(a -> a.terms(t -> t.field("categoryId").size(categoryFacet.size()))));
        return facets;
    }

    private BoolQuery filters(ProductQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder()
                .filter(term("status", ProductStatus.PUBLISHED.name()));
        if (query.text() != null) {
            bool.must(text(query.text()));
        }
        if (query.categoryIds() != null) {
            bool.filter(f -> f.terms(t -> t.field("categoryId")
                    .terms(v -> v.value(query.categoryIds().stream().map(FieldValue::of).toList()))));
        }
        if (query.brandId() != null) {
            bool.filter(term("brandId", query.brandId()));
        }
        if (query.featured() != null) {
            bool.filter(f -> f.term(t -> t.field("featured").value(query.featured())));
        }
        query.attributes().forEach((name, value) -> bool.filter(term("attributePairs", name + "=" + value)));
        if (query.minPrice() != null || query.maxPrice() != null) {
            bool.filter(f -> f.nested(n -> n.path("prices").query(q -> q.bool(b -> b
                    .filter(term("prices.currency", query.currency()))
                    .filter(r -> r.range(range -> range.number(num -> {
                        num.field("prices.amount");
                        if (query.minPrice() != null) {
                            num.gte(query.minPrice().doubleValue());
                        }
                        if (query.maxPrice() != null) {
                            num.lte(query.maxPrice().doubleValue());
                        }
                        return num;
                    })))))));
        }
        return bool.build();
    }

    /**
     * The buyer's words over all text fields, scored like one best_fields multi_match (a dis_max of the fields, each
     * field scoring the words it holds): fuzzy over {@link #FUZZY_FIELDS}, bounded by
     * {@link SearchProperties.TypoTolerance}, exact over {@link #EXACT_FIELDS}.
     */
    private Query text(String text) {
        SearchProperties.TypoTolerance typos = properties.typos();
        return Query.of(q -> q.disMax(d -> d
                .queries(fuzzy -> fuzzy.multiMatch(mm -> mm.query(text).fields(FUZZY_FIELDS).fuzziness("AUTO")
                        .prefixLength(typos.prefixLength()).maxExpansions(typos.maxExpansions())))
                .queries(exact -> exact.multiMatch(mm -> mm.query(text).fields(EXACT_FIELDS)))));
    }

    /**
     * What highlighting marks: the buyer's words as they are, not the fuzzy match that found the hit. Highlighting
     * the fuzzy multi_match made Elasticsearch build Levenshtein automata for every hit and field, which cost most of
     * a search's CPU; exact terms are a plain term lookup. A word found only through its typo is therefore not
     * marked (the hit is still found and ranked by the fuzzy query).
     */
    static Query highlightQuery(String text) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(text).fields(HIGHLIGHTED)));
    }

    /** The sort of the query, then the id: two sort values per hit, which is what a cursor carries. */
    private List<SortOptions> sort(ProductQuery query) {
        List<SortOptions> sort = new ArrayList<>();
        switch (query.sort()) {
            case RELEVANCE -> sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
            case NEWEST -> sort.add(field("createdAt", SortOrder.Desc));
            case NAME -> sort.add(field("name.keyword", SortOrder.Asc));
            case PRICE_ASC -> sort.add(price(query.currency(), SortOrder.Asc));
            case PRICE_DESC -> sort.add(price(query.currency(), SortOrder.Desc));
        }
        sort.add(field("id", SortOrder.Asc));
        return sort;
    }

    private static SortOptions field(String field, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(order).missing("_last")));
    }

    /** Products without a price in the currency come last in both directions. */
    private static SortOptions price(String currency, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field("prices.amount").order(order).missing("_last")
                .nested(n -> n.path("prices").filter(term("prices.currency", currency)))));
    }

    private java.util.function.Function<Aggregation.Builder, co.elastic.clients.util.ObjectBuilder<Aggregation>> named(
            String idField, String nameField) {
        return a -> a.terms(t -> t.field(idField).size(properties.facetSize()))
                .aggregations("name", n -> n.terms(t -> t.field(nameField).size(1)));
    }

    private java.util.function.Function<Aggregation.Builder, co.elastic.clients.util.ObjectBuilder<Aggregation>> priceRanges(
            String currency) {
        List<AggregationRange> ranges = new ArrayList<>();
        Long from = null;
        for (Long bound : properties.priceRangeBounds()) {
            Long lower = from;
            ranges.add(AggregationRange.of(r -> lower == null ? r.to(bound.doubleValue())
                    : r.from(lower.doubleValue()).to(bound.doubleValue())));
            from = bound;
        }
        Long last = from;
        ranges.add(AggregationRange.of(r -> r.from(last == null ? 0 : last.doubleValue())));
        return a -> a.nested(n -> n.path("prices"))
                .aggregations("inCurrency", f -> f.filter(term("prices.currency", currency))
                        .aggregations("ranges", r -> r.range(rg -> rg.field("prices.amount").ranges(ranges))));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
