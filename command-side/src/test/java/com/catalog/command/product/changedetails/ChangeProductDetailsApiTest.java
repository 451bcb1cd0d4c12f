package com.catalog.command.product.changedetails;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.CatalogReferenceFixtures;
import com.catalog.command.product.ProductApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** PUT and JSON Merge Patch of details, staged changes, and every refusal, over real HTTP. */
class ChangeProductDetailsApiTest extends ProductApi {

    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final int EDITORS = 20;
    private static final int MAX_ATTEMPTS = 200;

    @Test
    void a_merge_patch_stores_before_and_after_of_the_changed_fields_only() {
        String id = createProduct();

        HttpResponse<String> patched = patch(id, owner(), "\"0\"", """
                {"name": {"de": "Laufschuh"}, "attributes": {"colour": "red"}}""");

        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(patched.headers().firstValue("ETag")).hasValue("\"1\"");
        JsonNode event = lastPayload(id);
        assertThat(event.path("changedFields")).extracting(JsonNode::asText).containsExactly("name", "attributes");
        assertThat(event.path("before").path("name").path("de").isMissingNode()).isTrue();
        assertThat(event.path("after").path("name").path("de").asText()).isEqualTo("Laufschuh");
        assertThat(event.path("after").path("slug").isNull()).isTrue();
        assertThat(event.path("staged").asBoolean()).isFalse();
    }

    @Test
    void put_replaces_every_editable_detail_and_the_same_again_stores_nothing() {
        String id = createProduct();
        String shoes = CatalogReferenceFixtures.category(port);
        String body = """
                {"name": {"en": "Renamed"}, "slug": "renamed-%s", "defaultLocale": "en", "attributes": {"size": "42"},
                 "categoryId": "%s"}""".formatted(UUID.randomUUID(), shoes);

        HttpResponse<String> first = put(id, owner(), null, body);
        HttpResponse<String> again = put(id, owner(), null, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(lastPayload(id).path("changedFields")).extracting(JsonNode::asText)
                .containsExactly("name", "slug", "description", "attributes", "categoryId");
        assertThat(jdbc.sql("SELECT category_id FROM event_store.product_reference_lookup WHERE product_id = ?")
                .param(id).query(String.class).single()).isEqualTo(shoes);
    }

    @Test
    void after_publication_changes_are_staged_until_published_again_or_discarded() {
        String id = createProduct();
        send("POST", "/api/v1/products/" + id + "/publish", owner(), null, null, null);

        patch(id, owner(), null, """
                {"name": {"en": "Staged name"}}""");
        assertThat(lastPayload(id).path("staged").asBoolean()).isTrue();
        HttpResponse<String> discarded = send("POST", "/api/v1/products/" + id + "/discard-staged", owner(), null, null, null);
        patch(id, owner(), null, """
                {"name": {"en": "Second try"}}""");
        HttpResponse<String> published = send("POST", "/api/v1/products/" + id + "/publish", owner(), null, null, null);

        assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(200);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductPublishedEvent",
                "ProductDetailsChangedEvent", "ProductStagedChangesDiscardedEvent", "ProductDetailsChangedEvent",
                "ProductStagedChangesPublishedEvent");
        assertProblem(send("POST", "/api/v1/products/" + id + "/discard-staged", owner(), null, null, null), 409,
                "no-staged-changes");
    }

    @Test
    void twenty_concurrent_editors_retrying_on_412_lose_no_edit() throws Exception {
        String id = createProduct();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        List<Future<Integer>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < EDITORS; i++) {
                int editor = i;
                attempts.add(pool.submit(() -> {
                    start.await();
                    return editUntilAccepted(id, editor);
                }));
            }
            start.countDown();
            for (Future<Integer> attempt : attempts) {
                assertThat(attempt.get()).isLessThanOrEqualTo(MAX_ATTEMPTS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedEventTypes(id)).hasSize(EDITORS + 1);
        JsonNode attributes = lastPayload(id).path("after").path("attributes");
        for (int i = 0; i < EDITORS; i++) {
            assertThat(attributes.path("editor-" + i).asText()).as("edit of editor %d", i).isEqualTo("done");
        }
    }

    @Test
    void the_price_list_is_replaced_in_several_currencies() {
        String id = createProduct();

        HttpResponse<String> replaced = send("PUT", "/api/v1/products/" + id + "/prices", owner(), "\"0\"",
                "application/json", """
                        {"prices": [{"currency": "EUR", "amount": 1899}, {"currency": "USD", "amount": 2099}],
                         "compareAtPrices": [{"currency": "EUR", "amount": 2499}]}""");

        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonNode event = lastPayload(id);
        assertThat(event.path("pricesBefore")).hasSize(1);
        assertThat(event.path("pricesAfter").get(1).path("currency").asText()).isEqualTo("USD");
        assertProblem(send("PUT", "/api/v1/products/" + id + "/prices", owner(), null, "application/json", """
                {"prices": [{"currency": "EUR", "amount": 1}], "compareAtPrices": [{"currency": "GBP", "amount": 2}]}"""),
                422, "compare-at-without-price");
        assertProblem(send("PUT", "/api/v1/products/" + id + "/prices", owner(), null, "application/json", """
                {"prices": [{"currency": "EUR", "amount": 1}], "costPrice": {"currency": "EUR", "amount": 0}}"""),
                422, "unknown-fields");
    }

    @Test
    void every_refusal_is_a_problem() {
        String id = createProduct();
        String stranger = token("seller-" + UUID.randomUUID(), "SELLER");
        String patch = """
                {"attributes": {"colour": "red"}}""";

        assertProblem(patch(id, null, null, patch), 401, "unauthenticated");
        assertProblem(patch(id, stranger, null, patch), 403, "not-product-owner");
        assertProblem(patch(UUID.randomUUID().toString(), owner(), null, patch), 404, "not-found");
        assertProblem(patch(id, owner(), "\"7\"", patch), 412, "version-mismatch");
        assertProblem(patch(id, owner(), null, """
                {"status": "PUBLISHED", "sellerId": "me"}"""), 422, "unknown-fields");
        assertProblem(patch(id, owner(), null, """
                {"name": {"en": null}}"""), 422, "product-name-required");
        assertProblem(patch(id, owner(), null, "[1, 2]"), 400, "invalid-value");
        assertProblem(send("PATCH", "/api/v1/products/" + id, owner(), null, "application/json", patch), 415,
                "unsupported-media-type");
        assertProblem(put(id, owner(), null, """
                {"name": {"en": "x"}, "slug": "s", "defaultLocale": "en", "version": 3}"""), 422, "unknown-fields");
        String otherSlug = "other-" + UUID.randomUUID();
        assertThat(send("POST", "/api/v1/products", owner(), null, "application/json", """
                {"name": {"en": "Other"}, "slug": "%s", "defaultLocale": "en", "sku": "O-%s",
                 "prices": [{"currency": "EUR", "amount": 1}]}""".formatted(otherSlug, UUID.randomUUID().toString()
                .substring(0, 8))).statusCode()).isEqualTo(201);
        assertProblem(patch(id, owner(), null, "{\"slug\": \"" + otherSlug + "\"}"), 409, "slug-taken");
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent");
    }

    /** @return how many requests it took */
    private int editUntilAccepted(String id, int editor) {
        String version = "\"0\"";
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            HttpResponse<String> response = patch(id, owner(), version,
                    "{\"attributes\": {\"editor-" + editor + "\": \"done\"}}");
            if (response.statusCode() == 200) {
                return attempt;
            }
            assertThat(response.statusCode()).as(response.body()).isIn(409, 412);
            if (response.statusCode() == 412) {
                version = "\"" + bodyOf(response).path("currentVersion").asLong() + "\"";
            }
        }
        return Integer.MAX_VALUE;
    }

    private HttpResponse<String> patch(String id, String token, String ifMatch, String body) {
        return send("PATCH", "/api/v1/products/" + id, token, ifMatch, MERGE_PATCH, body);
    }

    private HttpResponse<String> put(String id, String token, String ifMatch, String body) {
        return send("PUT", "/api/v1/products/" + id, token, ifMatch, "application/json", body);
    }
}
