package com.catalog.query.product.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

import java.util.List;

/**
 * Where the product search index lives and how it answers.
 *
 * @param alias               the name every read and write goes through, so a rebuilt index can be swapped in atomically
 * @param index               the concrete, versioned index created behind the alias when the alias does not exist yet
 * @param mapping             settings and mappings of {@code index}, one versioned file
 * @param maxSize             largest page (pageSize) a search or listing may ask for; more is a 400
 * @param defaultCurrency     currency of price facets and price sorts when the request names none
 * @param priceRangeBounds    boundaries (minor units) of the price-range facet's buckets
 * @param facetSize           most buckets per category/brand facet
 * @param attributeFacetSize  most name=value buckets in the attribute facet
 * @param maxAttributeFilters most attr.&lt;name&gt; filters in one request
 * @param suggestSize         most type-ahead suggestions
 * @param typos               how far a search word may be from the indexed word it matches (docs/search.md)
 */
@ConfigurationProperties("catalog.search")
record SearchProperties(
        @DefaultValue("catalog-products") String alias,
        @DefaultValue("catalog-products-v1") String index,
        @DefaultValue("classpath:elasticsearch/catalog-products-v1.json") Resource mapping,
        @DefaultValue("100") int maxSize,
        @DefaultValue("EUR") String defaultCurrency,
        @DefaultValue({"1000", "2500", "5000", "10000", "25000"}) List<Long> priceRangeBounds,
        @DefaultValue("50") int facetSize,
        @DefaultValue("100") int attributeFacetSize,
        @DefaultValue("10") int maxAttributeFilters,
        @DefaultValue("10") int suggestSize,
        @DefaultValue TypoTolerance typos) {

    /**
     * Typo tolerance of the full-text search, on the name fields only (name, other-locale names, brand and category
     * names); descriptions and SKUs match exactly. Each fuzzy word is expanded to the indexed words within its edit
     * distance (fuzziness AUTO: one edit in words of 3–5 characters, two from 6 on), and that expansion is what a
     * search costs in Elasticsearch, so it is bounded.
     *
     * @param prefixLength  leading characters that must match exactly: the automaton then walks only the words that
     *                      start like the buyer's (a typo in the first letter is not tolerated)
     * @param maxExpansions most indexed words one fuzzy word expands to, closest first
     */
    record TypoTolerance(@DefaultValue("1") int prefixLength, @DefaultValue("10") int maxExpansions) {
    }
}
