package com.catalog.command.product.create;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.CatalogReferenceFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The full create contract: localized texts, several prices, slug uniqueness, no mass assignment, references. */
class CreateProductContractTest extends CreateProductApiTest {

    @Test
    void a_product_with_localized_texts_several_prices_attributes_and_references_is_created() {
        String sku = freshSku();
        String slug = "shoe-" + UUID.randomUUID();
        String category = CatalogReferenceFixtures.category(port);
        String brand = CatalogReferenceFixtures.brand(port);

        HttpResponse<String> response = post("""
                {"name": {"en": "Trail shoe", "de": "Laufschuh"}, "slug": "%s", "defaultLocale": "en",
                 "description": {"en": "Grippy", "de": "Griffig"}, "shortDescription": {"en": "Grippy shoe"},
                 "sku": "%s", "prices": [{"currency": "EUR", "amount": 1999}, {"currency": "USD", "amount": 2199}],
                 "compareAtPrices": [{"currency": "EUR", "amount": 2499}], "costPrice": {"currency": "EUR", "amount": 900},
                 "attributes": {"colour": "red"}, "categoryId": "%s", "brandId": "%s"}""".formatted(slug, sku, category, brand),
                sellerToken());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = bodyOf(response);
        assertThat(body.path("slug").asText()).isEqualTo(slug);
        assertThat(body.path("version").asLong()).isZero();
        String id = body.path("id").asText();
        assertThat(jdbc.sql("SELECT product_id FROM event_store.product_slug_lookup WHERE slug = ?").param(slug)
                .query(String.class).single()).isEqualTo(id);
        assertThat(jdbc.sql("""
                        SELECT category_id || '/' || brand_id || '/' || active FROM event_store.product_reference_lookup
                        WHERE product_id = ?""").param(id).query(String.class).single())
                .isEqualTo(category + "/" + brand + "/true");
    }

    @Test
    void a_slug_already_taken_answers_409() {
        String slug = "taken-" + UUID.randomUUID();
        assertThat(post(body(freshSku(), slug), sellerToken()).statusCode()).isEqualTo(201);

        assertProblem(post(body(freshSku(), slug), token("other", "SELLER")), 409, "slug-taken");
    }

    @Test
    void concurrent_creations_with_one_slug_give_exactly_one_201_and_409s_for_the_rest() throws Exception {
        String slug = "race-" + UUID.randomUUID();
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<HttpResponse<String>>> results = IntStream.range(0, writers)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return post(body(freshSku(), slug), sellerToken());
                    }))
                    .toList();
            start.countDown();
            List<Integer> statuses = results.stream().map(CreateProductContractTest::statusOf).toList();

            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM event_store.domain_event_entry
                        WHERE convert_from(payload, 'UTF8')::jsonb ->> 'slug' = ?""")
                .param(slug).query(Long.class).single()).isOne();
    }

    @Test
    void server_owned_and_unknown_members_are_refused_with_422_naming_each() {
        String sku = freshSku();
        String body = body(sku, "mass-" + UUID.randomUUID()).replaceFirst("\\{",
                "{\"sellerId\": \"someone-else\", \"status\": \"PUBLISHED\", \"colour\": \"red\", ");

        HttpResponse<String> response = post(body, sellerToken());

        assertProblem(response, 422, "unknown-fields");
        JsonNode errors = bodyOf(response).path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("colour", "sellerId", "status");
        assertThat(errors.get(1).path("message").asText()).contains("set by the server");
        assertThat(lookupRowsFor(sku)).isZero();
    }

    @Test
    void a_name_without_the_default_locale_is_422() {
        HttpResponse<String> response = post("""
                {"name": {"de": "Laufschuh"}, "slug": "%s", "defaultLocale": "en", "sku": "%s",
                 "prices": [{"currency": "EUR", "amount": 1}]}""".formatted("de-" + UUID.randomUUID(), freshSku()),
                sellerToken());

        assertProblem(response, 422, "product-name-required");
    }

    @Test
    void two_prices_in_one_currency_are_422() {
        HttpResponse<String> response = post("""
                {"name": {"en": "Shoe"}, "slug": "%s", "defaultLocale": "en", "sku": "%s",
                 "prices": [{"currency": "EUR", "amount": 1}, {"currency": "EUR", "amount": 2}]}"""
                .formatted("dup-" + UUID.randomUUID(), freshSku()), sellerToken());

        assertProblem(response, 422, "duplicate-currency");
    }

    @Test
    void field_errors_name_the_map_entry_and_the_list_element() {
        HttpResponse<String> response = post("""
                {"name": {"en": ""}, "slug": "Not A Slug", "defaultLocale": "en", "sku": "A-1",
                 "prices": [{"currency": "EUR", "amount": -1}], "attributes": {"k": "%s"}}""".formatted("v".repeat(257)),
                sellerToken());

        assertProblem(response, 400, "invalid-request");
        assertThat(bodyOf(response).path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name[en]", "slug", "prices[0].amount", "attributes[k]");
    }

    private static String body(String sku, String slug) {
        return """
                {"name": {"en": "Shoe"}, "slug": "%s", "defaultLocale": "en", "sku": "%s",
                 "prices": [{"currency": "EUR", "amount": 100}]}""".formatted(slug, sku);
    }

    private static int statusOf(Future<HttpResponse<String>> result) {
        try {
            return result.get().statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
