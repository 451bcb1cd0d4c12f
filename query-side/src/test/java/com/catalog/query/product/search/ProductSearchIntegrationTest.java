package com.catalog.query.product.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandUpdatedEvent;
import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryDetailsChangedEvent;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.query.QuerySideEngines;
import com.catalog.query.ReadAssertions;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search, listing and type-ahead against the real PostgreSQL and Elasticsearch: events appended to the event store,
 * then read back through the API. Every test makes its own words, categories and brands, so counts are its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.read.consistency-timeout=8s",
        "catalog.search.alias=catalog-products-search-it",
        "catalog.search.index=catalog-products-search-it-v1"})
class ProductSearchIntegrationTest {

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;
    @Autowired ProductSearcher searcher;
    @Autowired ElasticsearchClient elasticsearch;
    @Autowired SearchProperties searchProperties;
    @Autowired ProductSearchRequests searchRequests;
    @Autowired CategoryFacetTree categoryTree;

    @Test
    void search_matches_brand_and_category_names_with_a_typo_highlights_them_and_counts_facets() {
        String catWord = word(9);
        String brandWord = word(9);
        String root = category("Root " + word(6), null);
        String desks = category("Desks " + catWord, root);
        String oakBrand = brand("Brand " + brandWord);
        String pineBrand = brand("Pine " + word(6));
        long last = published(product("Alpha Desk", desks, oakBrand, 900, Map.of("material", "oak")));
        last = Math.max(last, published(product("Beta Desk", desks, oakBrand, 3000, Map.of("material", "oak"))));
        last = Math.max(last, published(product("Gamma Desk", desks, pineBrand, 12000, Map.of("material", "pine"))));
        last = Math.max(last, draft(product("Draft Desk", desks, oakBrand, 900, Map.of("material", "oak"))));

        JsonNode byCategory = get("/api/v1/products/search?q=" + typo(catWord) + "&currency=EUR", last).getBody();
        assertThat(byCategory.path("total").asLong()).as("drafts are not found").isEqualTo(3);
        assertThat(field(byCategory, "name")).doesNotContain("Draft Desk");
        assertThat(byCategory.path("items").get(0).path("category").path("name").asText()).isEqualTo("Desks " + catWord);
        JsonNode facets = byCategory.path("facets");
        assertThat(count(facets.path("categories"), desks)).isEqualTo(3);
        assertThat(count(facets.path("brands"), oakBrand)).isEqualTo(2);
        assertThat(count(facets.path("brands"), pineBrand)).isEqualTo(1);
        assertThat(facets.path("brands").findParents("id").stream().filter(b -> b.path("id").asText().equals(oakBrand))
                .findFirst().orElseThrow().path("name").asText()).isEqualTo("Brand " + brandWord);
        assertThat(priceBucket(facets, null, 1000)).isEqualTo(1);
        assertThat(priceBucket(facets, 2500L, 5000)).isEqualTo(1);
        assertThat(priceBucket(facets, 10000L, 25000)).isEqualTo(1);
        assertThat(valueCount(facets.path("attributes").path("material"), "oak")).isEqualTo(2);
        assertThat(valueCount(facets.path("attributes").path("material"), "pine")).isEqualTo(1);

        JsonNode byBrand = get("/api/v1/products/search?q=" + brandWord, last).getBody();
        assertThat(byBrand.path("total").asLong()).isEqualTo(2);
        assertThat(byBrand.path("items").get(0).path("highlights").path("brandName").get(0).asText())
                .isEqualTo("Brand <em>" + brandWord + "</em>");

        JsonNode belowRoot = get("/api/v1/products?categoryId=" + root + "&minPrice=1000&maxPrice=20000&currency=EUR", last).getBody();
        assertThat(field(belowRoot, "name")).containsExactlyInAnyOrder("Beta Desk", "Gamma Desk");
        JsonNode pineOnly = get("/api/v1/products?categoryId=" + root + "&attr.material=pine&brandId=" + pineBrand, last).getBody();
        assertThat(field(pineOnly, "name")).containsExactly("Gamma Desk");
    }

    @Test
    void search_with_facets_as_one_msearch_answers_exactly_like_the_single_request_on_every_page() {
        String word = word(9);
        String lamps = category("Lamps " + word(6), null);
        String brand = brand("Brand " + word(6));
        long last = 0;
        for (int i = 0; i < 5; i++) {
            last = Math.max(last, published(product(word + " Lamp " + i, lamps, i % 2 == 0 ? brand : null,
                    500 + i * 5000L, Map.of("shade", i % 2 == 0 ? "linen" : "glass"))));
        }
        last = Math.max(last, draft(product(word + " Draft Lamp", lamps, brand, 900, Map.of("shade", "linen"))));
        // through the API (the msearch by default), which also waits until the index has the products
        JsonNode first = get("/api/v1/products/search?q=" + word + "&currency=EUR&pageSize=2", last).getBody();
        assertThat(first.path("total").asLong()).isEqualTo(5);
        assertThat(first.path("facets").path("brands")).hasSize(1);

        ProductSearcher inline = new ProductSearcher(elasticsearch, searchProperties, searchRequests, categoryTree, false);
        List<FieldValue> after = null;
        for (int page = 1; page <= 3; page++) {
            ProductQuery query = new ProductQuery(word, null, null, null, null, "EUR", null, Map.of(),
                    ProductSort.RELEVANCE, after, 2);
            ProductSearchResponse separate = searcher.search(query, true);
            assertThat(separate).as("page " + page).usingRecursiveComparison().isEqualTo(inline.search(query, true));
            assertThat(separate.total()).as("the total on every page, from the cached facet request").isEqualTo(5);
            assertThat(separate.items()).hasSize(page < 3 ? 2 : 1);
            after = separate.nextCursor() == null ? null : SearchCursor.decode(separate.nextCursor(), ProductSort.RELEVANCE);
        }
    }

    @Test
    void cursor_pages_neither_repeat_nor_skip_products_while_new_ones_arrive() {
        String shelf = category("Shelves " + word(6), null);
        List<String> expected = new ArrayList<>();
        long last = 0;
        for (int i = 0; i < 5; i++) {
            ProductCreatedEvent product = product("Shelf " + i, shelf, null, 1000 + i * 100L, Map.of());
            expected.add(product.productId());
            last = Math.max(last, published(product));
        }
        List<String> seen = new ArrayList<>();
        JsonNode page = get("/api/v1/products?categoryId=" + shelf + "&sort=price_asc&currency=EUR&pageSize=2", last).getBody();
        seen.addAll(field(page, "id"));
        long cheaper = published(product("Shelf cheap", shelf, null, 10, Map.of()));
        while (page.hasNonNull("nextCursor")) {
            page = get("/api/v1/products?categoryId=" + shelf + "&sort=price_asc&currency=EUR&pageSize=2&cursor="
                    + page.path("nextCursor").asText(), cheaper).getBody();
            seen.addAll(field(page, "id"));
        }

        assertThat(seen).as("in price order, each once, the new cheaper one before the cursor").containsExactlyElementsOf(expected);
        assertThat(page.path("total").asLong()).isEqualTo(6);
    }

    @Test
    void renaming_a_category_or_brand_updates_the_documents_that_show_it() {
        String oldWord = word(9);
        String newWord = word(9);
        String lamps = category("Lamps " + oldWord, null);
        String brand = brand("Maker " + oldWord);
        long last = published(product("Reading Lamp", lamps, brand, 4000, Map.of()));
        assertThat(get("/api/v1/products/search?q=" + oldWord, last).getBody().path("total").asLong()).isEqualTo(1);

        long renamed = append("Category", lamps, 1, new CategoryDetailsChangedEvent(lamps, "Lights " + newWord, "l-" + lamps, null));
        renamed = Math.max(renamed, append("Brand", brand, 1, new BrandUpdatedEvent(brand, "Studio " + newWord, "b-" + brand, null, null, null)));

        JsonNode found = get("/api/v1/products/search?q=" + newWord, renamed).getBody();
        assertThat(found.path("total").asLong()).isEqualTo(1);
        assertThat(found.path("items").get(0).path("category").path("name").asText()).isEqualTo("Lights " + newWord);
        assertThat(found.path("items").get(0).path("brand").path("name").asText()).isEqualTo("Studio " + newWord);
        assertThat(found.path("facets").path("categories").get(0).path("name").asText()).isEqualTo("Lights " + newWord);
        assertThat(get("/api/v1/products/search?q=" + oldWord, renamed).getBody().path("total").asLong()).isZero();
    }

    @Test
    void typos_are_tolerated_in_names_but_not_in_the_first_letter_nor_in_descriptions_and_skus() {
        String nameWord = word(9);
        String descriptionWord = word(9);
        String id = UUID.randomUUID().toString();
        String sku = "SKU-" + id.substring(0, 8);
        long last = published(new ProductCreatedEvent(id, "seller-1", "en", Map.of("en", "Stool " + nameWord), "p-" + id,
                Map.of("en", "Sits well. " + descriptionWord), Map.of(), sku, List.of(new CurrencyAmount("EUR", 4000)),
                List.of(), null, Map.of(), null, null));

        assertThat(field(get("/api/v1/products/search?q=" + typo(nameWord), last).getBody(), "id")).containsExactly(id);
        assertThat(field(get("/api/v1/products/search?q=" + descriptionWord, last).getBody(), "id")).containsExactly(id);
        assertThat(field(get("/api/v1/products/search?q=" + sku, last).getBody(), "id")).containsExactly(id);
        // word() starts with 'q': a different first letter is beyond the tolerated typos (prefix length 1)
        for (String miss : List.of("x" + nameWord.substring(1), typo(descriptionWord),
                sku.substring(0, sku.length() - 1) + other(sku.charAt(sku.length() - 1)))) {
            assertThat(get("/api/v1/products/search?q=" + miss, last).getBody().path("total").asLong()).as(miss).isZero();
        }
    }

    @Test
    void suggest_completes_published_names_and_an_empty_search_offers_a_corrected_query() {
        String word = word(5);
        long last = published(product(capitalized(word) + " Chair", null, null, 5000, Map.of()));
        last = Math.max(last, draft(product(capitalized(word) + " Secret", null, null, 5000, Map.of())));

        JsonNode suggestions = get("/api/v1/products/suggest?q=" + word.substring(0, 4), last).getBody();
        assertThat(texts(suggestions.path("suggestions"))).contains(capitalized(word) + " Chair")
                .doesNotContain(capitalized(word) + " Secret");

        // two letters wrong in a five-letter word: beyond fuzziness AUTO (one edit), within the suggester's two
        String misspelled = word.substring(0, 2) + other(word.charAt(2)) + word.charAt(3) + other(word.charAt(4));
        JsonNode empty = get("/api/v1/products/search?q=" + misspelled, last).getBody();
        assertThat(empty.path("total").asLong()).isZero();
        assertThat(empty.path("didYouMean").asText()).isEqualTo(word);
    }

    @Test
    void query_syntax_and_markup_in_the_text_are_plain_words() {
        String word = word(9);
        long last = published(product("Vase <b>" + word + "</b>", null, null, 2000, Map.of()));
        last = Math.max(last, draft(product("Hidden " + word, null, null, 2000, Map.of())));

        for (String q : List.of("{\"match_all\":{}}", "*:*", "status:DRAFT", word + " OR status:DRAFT", "\\\"}]}",
                "name:(*) AND _id:*", "/.*/")) {
            ResponseEntity<JsonNode> response = get("/api/v1/products/search?q=" + encode(q), last);
            assertThat(response.getStatusCode()).as(q).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody().path("items").findValuesAsText("name")).as(q).doesNotContain("Hidden " + word);
        }
        JsonNode hit = get("/api/v1/products/search?q=" + word, last).getBody().path("items").get(0);
        assertThat(hit.path("highlights").path("name").get(0).asText())
                .isEqualTo("Vase &lt;b&gt;<em>" + word + "</em>&lt;&#x2F;b&gt;");
    }

    @Test
    void reads_carry_a_strong_etag_answer_304_cache_publicly_and_gzip_large_bodies() throws Exception {
        String word = word(9);
        long last = 0;
        for (int i = 0; i < 12; i++) {
            last = Math.max(last, published(product("Lamp " + word + " " + i, null, null, 1500, Map.of())));
        }
        ResponseEntity<JsonNode> first = get("/api/v1/products/search?q=" + word + "&pageSize=12", last);
        String etag = first.getHeaders().getETag();
        assertThat(etag).startsWith("\"");
        assertThat(first.getHeaders().getCacheControl()).contains("max-age", "public");

        HttpHeaders conditional = new HttpHeaders();
        conditional.setIfNoneMatch(etag);
        ResponseEntity<String> again = http.exchange(URI.create(http.getRootUri() + "/api/v1/products/search?q=" + word
                + "&pageSize=12"), HttpMethod.GET, new HttpEntity<>(conditional), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);

        HttpResponse<byte[]> gzipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(http.getRootUri() + "/api/v1/products/search?q=" + word + "&pageSize=12"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("ETag")).hasValue(etag.substring(0, etag.length() - 1) + "-gzip\"");
        assertThat(new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))
                .readAllBytes(), StandardCharsets.UTF_8)).contains("Lamp " + word);
    }

    @Test
    void featured_lists_only_featured_published_products() {
        ProductCreatedEvent product = product("Featured Rug", null, null, 3000, Map.of());
        long last = published(product);
        last = Math.max(last, append("Product", product.productId(), 2, new ProductFeaturedEvent(product.productId())));
        String featured = product.productId();
        long plain = published(product("Plain Rug", null, null, 3000, Map.of()));

        JsonNode page = get("/api/v1/products/featured?pageSize=100", Math.max(last, plain)).getBody();
        assertThat(field(page, "id")).contains(featured);
        assertThat(field(page, "name")).doesNotContain("Plain Rug");
    }

    @Test
    void a_published_product_is_found_by_its_slug_and_a_draft_is_not() {
        ProductCreatedEvent shown = product("Slug Lamp", null, null, 3000, Map.of());
        ProductCreatedEvent hidden = product("Slug Draft", null, null, 3000, Map.of());
        long last = Math.max(published(shown), draft(hidden));

        ResponseEntity<JsonNode> found = get("/api/v1/products/by-slug/" + shown.slug(), last);
        assertThat(found.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(found.getBody().path("id").asText()).isEqualTo(shown.productId());
        assertThat(found.getHeaders().getCacheControl()).contains("public");
        ResponseEntity<JsonNode> missing = get("/api/v1/products/by-slug/" + hidden.slug(), last);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().path("code").asText()).isEqualTo("product-not-found");
    }

    @Test
    void bad_parameters_are_400_problems_with_a_code() {
        assertProblem("/api/v1/products?sort=cheapest", "invalid-sort");
        assertProblem("/api/v1/products?cursor=not-a-cursor", "invalid-cursor");
        assertProblem("/api/v1/products?pageSize=101", "invalid-page-size");
        assertProblem("/api/v1/products?minPrice=500&maxPrice=100&currency=EUR", "invalid-price-range");
        assertProblem("/api/v1/products?minPrice=500", "currency-required");
        assertProblem("/api/v1/products?currency=euro", "invalid-currency");
        assertProblem("/api/v1/products?attr.=red", "invalid-attribute-filter");
        assertProblem("/api/v1/products/search?q=lamp&pageSize=1000", "invalid-page-size");
        String newestCursor = SearchCursor.encode(ProductSort.NEWEST, List.of(FieldValue.of(1L), FieldValue.of("x")));
        assertProblem("/api/v1/products?sort=name&cursor=" + newestCursor, "invalid-cursor");
        assertThat(get("/api/v1/products?categoryId=not-a-uuid", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/v1/products/suggest?q=", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void the_api_docs_describe_the_product_reads_with_examples() {
        String docs = http.getForObject("/v3/api-docs", String.class);

        assertThat(docs).contains("/api/v1/products/search", "/api/v1/products/suggest", "/api/v1/products/featured",
                "/api/v1/products/by-slug/{slug}", "priceRanges", "didYouMean", "nextCursor", "price_asc");
    }

    // --- the one place these tests build a product ---

    private static ProductCreatedEvent product(String name, String categoryId, String brandId, long euroCents,
                                               Map<String, String> attributes) {
        String id = UUID.randomUUID().toString();
        return new ProductCreatedEvent(id, "seller-1", "en", Map.of("en", name), "p-" + id, Map.of("en", name + " in detail"),
                Map.of(), "SKU-" + id.substring(0, 8), List.of(new CurrencyAmount("EUR", euroCents)), List.of(), null,
                attributes, categoryId, brandId);
    }

    private long published(ProductCreatedEvent product) {
        append("Product", product.productId(), 0, product);
        return append("Product", product.productId(), 1, new ProductPublishedEvent(product.productId(), ProductStatus.DRAFT));
    }

    private long draft(ProductCreatedEvent product) {
        return append("Product", product.productId(), 0, product);
    }

    /** A category whose read-model row exists before the test's products are indexed (they take its name from it). */
    private String category(String name, String parentId) {
        String id = UUID.randomUUID().toString();
        long position = append("Category", id, 0, new CategoryCreatedEvent(id, name, "c-" + id, null, parentId, 0));
        assertThat(get("/api/v1/categories/" + id, position).getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    private String brand(String name) {
        String id = UUID.randomUUID().toString();
        long position = append("Brand", id, 0, new BrandCreatedEvent(id, name, "b-" + id, null, null, null));
        assertThat(get("/api/v1/brands/" + id, position).getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    private long append(String type, String id, long sequence, Object payload) {
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>(type, id, sequence, payload,
                MetaData.from(Map.of("actorId", "admin-1", "actorRole", "ADMIN")));
        eventStore.publish(message);
        return jdbc.sql("SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?")
                .param(message.getIdentifier()).query(Long.class).single();
    }

    private ResponseEntity<JsonNode> get(String path, Long minPosition) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        if (minPosition != null) {
            headers.set("X-Catalog-Min-Position", minPosition.toString());
        }
        return http.exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private void assertProblem(String path, String code) {
        ReadAssertions.assertProblem(get(path, null), HttpStatus.BAD_REQUEST, code);
    }

    private static long count(JsonNode buckets, String id) {
        for (JsonNode bucket : buckets) {
            if (bucket.path("id").asText().equals(id)) {
                return bucket.path("count").asLong();
            }
        }
        return 0;
    }

    private static long priceBucket(JsonNode facets, Long from, long to) {
        for (JsonNode bucket : facets.path("priceRanges")) {
            boolean sameFrom = from == null ? !bucket.hasNonNull("from") : bucket.path("from").asLong() == from;
            if (sameFrom && bucket.path("to").asLong() == to) {
                return bucket.path("count").asLong();
            }
        }
        throw new AssertionError("no price bucket " + from + ".." + to + " in " + facets);
    }

    private static long valueCount(JsonNode values, String value) {
        for (JsonNode v : values) {
            if (v.path("value").asText().equals(value)) {
                return v.path("count").asLong();
            }
        }
        return 0;
    }

    /** One field of every item of a page (not of the category and brand inside an item). */
    private static List<String> field(JsonNode page, String name) {
        List<String> values = new ArrayList<>();
        page.path("items").forEach(item -> values.add(item.path(name).asText()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** A lowercase word unlikely to occur anywhere else in the index. */
    private static String word(int length) {
        StringBuilder word = new StringBuilder("q");
        while (word.length() < length) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** One letter changed in the middle: within fuzziness AUTO for long words. */
    private static String typo(String word) {
        int at = word.length() / 2;
        return word.substring(0, at) + other(word.charAt(at)) + word.substring(at + 1);
    }

    private static char other(char c) {
        return c == 'x' ? 'y' : 'x';
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
