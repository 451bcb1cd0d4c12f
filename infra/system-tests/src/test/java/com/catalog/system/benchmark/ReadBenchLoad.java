package com.catalog.system.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What the read benchmark asks: buyers' queries over {@link ReadBenchCatalog}'s vocabulary (two words, one in ten
 * with a typo), type-ahead prefixes of names, and the raw Elasticsearch body of the same shape as the query side's
 * search (ProductSearchRequests: the PUBLISHED filter, the dis_max of a bounded fuzzy multi_match over the names and
 * an exact one over descriptions and SKUs, score-then-id sort,
 * the same _source fields, highlighting with the same exact highlight_query, and the category, brand, attribute,
 * price-range and category-tree facets), so the ceiling does the same work in Elasticsearch.
 */
final class ReadBenchLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FUZZY_FIELDS = List.of("name^3", "allNames^2", "brandName^2", "categoryName^2");
    private static final List<String> EXACT_FIELDS = List.of("shortDescription", "description", "sku", "variantSkus",
            "optionValues");
    /** The query side's defaults (catalog.search.typos.*). */
    private static final int PREFIX_LENGTH = 1;
    private static final int MAX_EXPANSIONS = 10;
    private static final List<String> HIGHLIGHTED = List.of("name", "shortDescription", "description", "brandName",
            "categoryName");
    private static final List<String> RESULT_FIELDS = List.of("id", "name", "slug", "shortDescription", "description",
            "sku", "price", "prices", "categoryId", "categoryName", "brandId", "brandName", "featured", "status", "createdAt");
    private static final long[] PRICE_BOUNDS = {1000, 2500, 5000, 10000, 25000};

    private ReadBenchLoad() {
    }

    static List<String> queries(int count) {
        Random random = new Random(5);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> first = random.nextBoolean() ? ReadBenchCatalog.MATERIALS : ReadBenchCatalog.ADJECTIVES;
            String query = (pick(random, first) + " " + pick(random, ReadBenchCatalog.NOUNS)).toLowerCase(Locale.ROOT);
            if (i % 10 == 9) { // a typo: drop one letter of the second word
                int at = query.indexOf(' ') + 2;
                query = query.substring(0, at) + query.substring(at + 1);
            }
            queries.add(query);
        }
        return queries;
    }

    static List<String> prefixes(int count) {
        Random random = new Random(7);
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = ReadBenchCatalog.name(random.nextInt(7500)).toLowerCase(Locale.ROOT);
            prefixes.add(name.substring(0, 2 + random.nextInt(Math.min(10, name.length() - 2))));
        }
        return prefixes;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The search as one request: hits, total and facets (catalog.search.separate-facet-request=false). */
    static String rawSearch(String text) {
        ObjectNode body = hits(text, true);
        facets(body.putObject("aggregations"));
        return body.toString();
    }

    /**
     * The search as the query side sends it by default (ProductSearchRequests.buildWithSeparateFacets): one msearch
     * (NDJSON) of the page of hits without counting, and a size-0 request with the total and the facets that
     * Elasticsearch's shard request cache keeps.
     */
    static String rawMsearch(String text) {
        ObjectNode counts = JSON.createObjectNode();
        counts.put("size", 0).put("track_total_hits", true);
        counts.set("query", query(text));
        facets(counts.putObject("aggregations"));
        return "{}\n" + hits(text, false) + "\n{\"request_cache\":true}\n" + counts + "\n";
    }

    /**
     * The type-ahead as the query side sends it (ProductSuggester): the completion suggester on publishedSuggest, one
     * edit from 4 characters, 10 suggestions without duplicates, no hits and no counting.
     */
    static String rawSuggest(String prefix) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 0).put("_source", false).put("track_total_hits", false);
        ObjectNode completion = body.putObject("suggest").putObject("names").put("prefix", prefix).putObject("completion");
        completion.put("field", "publishedSuggest").put("size", 10).put("skip_duplicates", true);
        completion.putObject("fuzzy").put("fuzziness", "1").put("min_length", 4);
        return body.toString();
    }

    private static ObjectNode query(String text) {
        ObjectNode query = JSON.createObjectNode();
        ObjectNode bool = query.putObject("bool");
        bool.putArray("filter").addObject().putObject("term").putObject("status").put("value", "PUBLISHED");
        ArrayNode fields = bool.putArray("must").addObject().putObject("dis_max").putArray("queries");
        ObjectNode fuzzy = fields.addObject().putObject("multi_match");
        fuzzy.put("query", text).put("fuzziness", "AUTO").put("prefix_length", PREFIX_LENGTH)
                .put("max_expansions", MAX_EXPANSIONS);
        FUZZY_FIELDS.forEach(fuzzy.putArray("fields")::add);
        ObjectNode exact = fields.addObject().putObject("multi_match").put("query", text);
        EXACT_FIELDS.forEach(exact.putArray("fields")::add);
        return query;
    }

    private static ObjectNode hits(String text, boolean trackTotalHits) {
        ObjectNode body = JSON.createObjectNode();
        body.put("size", 20).put("track_total_hits", trackTotalHits);
        RESULT_FIELDS.forEach(body.putObject("_source").putArray("includes")::add);
        body.set("query", query(text));
        ArrayNode sort = body.putArray("sort");
        sort.addObject().putObject("_score").put("order", "desc");
        sort.addObject().putObject("id").put("order", "asc").put("missing", "_last");
        ObjectNode highlight = body.putObject("highlight").put("encoder", "html");
        highlight.putArray("pre_tags").add("<em>");
        highlight.putArray("post_tags").add("</em>");
        ObjectNode fields = highlight.putObject("fields");
        HIGHLIGHTED.forEach(field -> fields.putObject(field).put("number_of_fragments", 1));
        ObjectNode highlightMatch = highlight.putObject("highlight_query").putObject("multi_match").put("query", text);
        HIGHLIGHTED.forEach(highlightMatch.putArray("fields")::add);
        return body;
    }

    private static void facets(ObjectNode aggregations) {
        named(aggregations.putObject("categories"), "categoryId", "categoryName.keyword");
        named(aggregations.putObject("brands"), "brandId", "brandName.keyword");
        aggregations.putObject("attributes").putObject("terms").put("field", "attributePairs").put("size", 100);
        ObjectNode prices = aggregations.putObject("prices");
        prices.putObject("nested").put("path", "prices");
        ObjectNode inCurrency = prices.putObject("aggregations").putObject("inCurrency");
        inCurrency.putObject("filter").putObject("term").putObject("prices.currency").put("value", "EUR");
        ObjectNode range = inCurrency.putObject("aggregations").putObject("ranges").putObject("range");
        range.put("field", "prices.amount");
        ArrayNode ranges = range.putArray("ranges");
        Long from = null;
        for (long bound : PRICE_BOUNDS) {
            ObjectNode bucket = ranges.addObject();
            if (from != null) {
                bucket.put("from", from.doubleValue());
            }
            bucket.put("to", (double) bound);
            from = bound;
        }
        ranges.addObject().put("from", from.doubleValue());
        aggregations.putObject("categoryTree").putObject("terms").put("field", "categoryId").put("size", 2000);
    }

    private static void named(ObjectNode aggregation, String idField, String nameField) {
        aggregation.putObject("terms").put("field", idField).put("size", 50);
        aggregation.putObject("aggregations").putObject("name").putObject("terms").put("field", nameField).put("size", 1);
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
