package com.catalog.query.product.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

/**
 * Counts of the matching products per category, brand, price range (in the request's currency) and attribute value.
 * Counts cover every match of the query and its filters, not just the page. {@code categories} counts each match in
 * its own category only; {@code categoryTree} holds the same matches in the category hierarchy, each node counting
 * its descendants' matches too.
 */
record SearchFacets(
        List<NamedCount> categories,
        List<NamedCount> brands,
        List<PriceRangeCount> priceRanges,
        Map<String, List<ValueCount>> attributes,
        List<CategoryFacetTree.Node> categoryTree) {

    record NamedCount(String id, String name, long count) {
    }

    /** {@code from} inclusive, {@code to} exclusive, in minor units; null is open-ended. */
    record PriceRangeCount(Long from, Long to, String currency, long count) {
    }

    record ValueCount(String value, long count) {
    }

    /** @param fresh the category tree from PostgreSQL now (a read-your-writes search), not the hierarchy kept */
    static SearchFacets of(Map<String, Aggregate> aggregations, String currency, CategoryFacetTree tree, boolean fresh) {
        return new SearchFacets(named(aggregations.get("categories")), named(aggregations.get("brands")),
                prices(aggregations.get("prices"), currency), attributes(aggregations.get("attributes")),
                tree.of(counts(aggregations.get(ProductSearchRequests.CATEGORY_TREE)), fresh));
    }

    private static Map<String, Long> counts(Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        return counts;
    }

    private static List<NamedCount> named(Aggregate aggregate) {
        return aggregate.sterms().buckets().array().stream()
                .map(b -> new NamedCount(b.key().stringValue(), name(b), b.docCount())).toList();
    }

    private static String name(StringTermsBucket bucket) {
        return bucket.aggregations().get("name").sterms().buckets().array().stream()
                .findFirst().map(n -> n.key().stringValue()).orElse(null);
    }

    private static List<PriceRangeCount> prices(Aggregate aggregate, String currency) {
        return aggregate.nested().aggregations().get("inCurrency").filter().aggregations().get("ranges").range()
                .buckets().array().stream()
                .map(b -> new PriceRangeCount(b.from() == null ? null : b.from().longValue(),
                        b.to() == null ? null : b.to().longValue(), currency, b.docCount()))
                .toList();
    }

    /** Buckets are "name=value" pairs; split at the first '=' (values may contain one, names may not). */
    private static Map<String, List<ValueCount>> attributes(Aggregate aggregate) {
        Map<String, List<ValueCount>> attributes = new LinkedHashMap<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            String pair = bucket.key().stringValue();
            int split = pair.indexOf('=');
            attributes.computeIfAbsent(pair.substring(0, split), k -> new ArrayList<>())
                    .add(new ValueCount(pair.substring(split + 1), bucket.docCount()));
        }
        return attributes;
    }
}
