package com.catalog.command.category;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.web.AdminResourceApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The category write API over real HTTP against the real app and PostgreSQL: contract and every refusal. */
class CategoryApiTest extends AdminResourceApiTest {

    private static final String CATEGORIES = "/api/v1/categories";

    @Test
    void an_admin_creates_a_category_and_gets_its_id_version_location_and_position() {
        HttpResponse<String> response = post(CATEGORIES, admin(), category("Shoes", freshSlug("shoes"), null));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = bodyOf(response);
        String id = body.path("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue(CATEGORIES + "/" + id);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(body.path("version").asLong()).isZero();
        assertThat(response.headers().firstValue("X-Catalog-Position")).hasValue(body.path("position").asText());
        assertThat(storedEventTypes(id)).containsExactly("CategoryCreatedEvent");
    }

    @Test
    void without_a_token_it_is_401_and_sellers_and_buyers_get_403() {
        String body = category("Shoes", freshSlug("shoes"), null);
        assertProblem(post(CATEGORIES, null, body), 401, "unauthenticated");
        assertProblem(post(CATEGORIES, token("SELLER"), body), 403, "admin-only");
        assertProblem(post(CATEGORIES, token("BUYER"), body), 403, "admin-only");
        String id = created(CATEGORIES, body);
        assertProblem(send("PATCH", CATEGORIES + "/" + id, token("SELLER"), MERGE_PATCH, "{\"name\":\"X\"}", null), 403, "admin-only");
        assertProblem(post(CATEGORIES + "/" + id + "/feature", token("BUYER"), null), 403, "admin-only");
        assertThat(storedEventTypes(id)).containsExactly("CategoryCreatedEvent");
    }

    @Test
    void an_unknown_or_deleted_category_is_404() {
        assertProblem(post(CATEGORIES + "/" + UUID.randomUUID() + "/feature", admin(), null), 404, "not-found");
        String id = created(CATEGORIES, category("Gone", freshSlug("gone"), null));
        HttpResponse<String> deleted = send("DELETE", CATEGORIES + "/" + id, admin(), null, null, "\"0\"");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertProblem(post(CATEGORIES + "/" + id + "/feature", admin(), null), 404, "not-found");
    }

    @Test
    void a_taken_slug_is_409_and_free_again_once_its_category_is_deleted() {
        String slug = freshSlug("boots");
        String first = created(CATEGORIES, category("Boots", slug, null));
        assertProblem(post(CATEGORIES, admin(), category("Other boots", slug, null)), 409, "slug-taken");

        send("DELETE", CATEGORIES + "/" + first, admin(), null, null, null);
        assertThat(post(CATEGORIES, admin(), category("Boots again", slug, null)).statusCode()).isEqualTo(201);
    }

    @Test
    void parallel_creates_of_the_same_slug_give_exactly_one_201_and_409_for_the_rest() throws Exception {
        String slug = freshSlug("race");
        String token = admin();
        List<Callable<HttpResponse<String>>> calls = Collections.nCopies(8,
                () -> post(CATEGORIES, token, category("Race", slug, null)));

        List<Integer> statuses = inParallel(calls);

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.category_tree WHERE slug = ?").param(slug)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_stale_if_match_is_412_with_the_current_version_and_a_fresh_one_succeeds() {
        String id = created(CATEGORIES, category("Hats", freshSlug("hats"), null));
        assertThat(post(CATEGORIES + "/" + id + "/feature", admin(), null).statusCode()).isEqualTo(200);

        JsonNode problem = assertProblem(send("PATCH", CATEGORIES + "/" + id, admin(), MERGE_PATCH,
                "{\"name\": \"Caps\"}", "\"0\""), 412, "version-mismatch");
        assertThat(problem.path("currentVersion").asLong()).isEqualTo(1);

        HttpResponse<String> renamed = send("PATCH", CATEGORIES + "/" + id, admin(), MERGE_PATCH, "{\"name\": \"Caps\"}", "\"1\"");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.headers().firstValue("ETag")).hasValue("\"2\"");
    }

    @Test
    void put_replaces_the_details_and_patch_merges_them() {
        String id = created(CATEGORIES, category("Socks", freshSlug("socks"), null));
        String slug = freshSlug("hosiery");

        HttpResponse<String> put = send("PUT", CATEGORIES + "/" + id, admin(), JSON,
                "{\"name\": \"Hosiery\", \"slug\": \"" + slug + "\"}", null);
        HttpResponse<String> patch = send("PATCH", CATEGORIES + "/" + id, admin(), MERGE_PATCH,
                "{\"description\": \"Warm feet\"}", null);

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
        assertThat(storedEventTypes(id)).containsExactly("CategoryCreatedEvent", "CategoryDetailsChangedEvent",
                "CategoryDetailsChangedEvent");
        assertThat(jdbc.sql("SELECT slug FROM event_store.category_tree WHERE category_id = ?").param(id)
                .query(String.class).single()).isEqualTo(slug);
    }

    @Test
    void unknown_and_read_only_fields_and_bad_values_are_400_with_one_error_per_field() {
        HttpResponse<String> response = post(CATEGORIES, admin(), """
                {"name": "%s", "slug": "Not A Slug", "version": 3, "id": "x", "status": "ACTIVE", "parentId": "nope"}"""
                .formatted("n".repeat(121)));

        JsonNode problem = assertProblem(response, 400, "invalid-request");
        assertThat(problem.path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "slug", "version", "id", "status", "parentId");
        String id = created(CATEGORIES, category("Bags", freshSlug("bags"), null));
        assertProblem(send("PATCH", CATEGORIES + "/" + id, admin(), MERGE_PATCH, "{\"version\": 9}", null), 400, "invalid-request");
        assertProblem(send("PATCH", CATEGORIES + "/" + id, admin(), MERGE_PATCH, "{\"name\": null}", null), 400, "invalid-request");
        assertProblem(send("PATCH", CATEGORIES + "/" + id, admin(), JSON, "{\"name\": \"X\"}", null), 415, "unsupported-media-type");
        assertProblem(post(CATEGORIES + "/" + id + "/move", admin(), "{}"), 400, "invalid-request");
    }

    @Test
    void moving_a_category_under_its_own_descendant_is_422_and_a_valid_move_is_stored() {
        String root = created(CATEGORIES, category("Root", freshSlug("root"), null));
        String child = created(CATEGORIES, category("Child", freshSlug("child"), root));
        String other = created(CATEGORIES, category("Other", freshSlug("other"), null));

        assertProblem(post(CATEGORIES + "/" + root + "/move", admin(), "{\"parentId\": \"" + child + "\"}"), 422, "category-cycle");
        assertThat(post(CATEGORIES + "/" + root + "/move", admin(), "{\"parentId\": \"" + other + "\"}").statusCode()).isEqualTo(200);
        assertThat(post(CATEGORIES + "/" + child + "/move", admin(), "{\"parentId\": null}").statusCode()).isEqualTo(200);
        assertThat(storedEventTypes(root)).containsExactly("CategoryCreatedEvent", "CategoryMovedEvent");
    }

    @Test
    void two_concurrent_moves_that_would_close_a_loop_cannot_both_succeed() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            String a = created(CATEGORIES, category("A", freshSlug("a"), null));
            String b = created(CATEGORIES, category("B", freshSlug("b"), null));
            String token = admin();

            List<Integer> statuses = inParallel(List.of(
                    () -> post(CATEGORIES + "/" + a + "/move", token, "{\"parentId\": \"" + b + "\"}"),
                    () -> post(CATEGORIES + "/" + b + "/move", token, "{\"parentId\": \"" + a + "\"}")));

            assertThat(statuses).containsExactlyInAnyOrder(200, 422);
        }
    }

    @Test
    void every_endpoint_is_documented_with_its_error_answers() {
        JsonNode paths = bodyOf(send("GET", "/v3/api-docs", null, null, null, null)).path("paths");

        JsonNode create = paths.path(CATEGORIES).path("post");
        assertThat(create.path("responses").fieldNames()).toIterable()
                .contains("201", "400", "401", "403", "409", "412", "422");
        assertThat(create.path("requestBody").toString()).contains("running-shoes");
        assertThat(paths.path(CATEGORIES + "/{id}").path("patch").path("requestBody").path("content").has(MERGE_PATCH)).isTrue();
        assertThat(paths.path(CATEGORIES + "/{id}/move").path("post").path("responses").has("422")).isTrue();
        assertThat(paths.has(CATEGORIES + "/bulk")).isTrue();
    }

    @Test
    void a_ninth_level_is_422() {
        String parent = null;
        for (int level = 1; level <= CategoryLimits.MAX_DEPTH; level++) {
            parent = created(CATEGORIES, category("Level " + level, freshSlug("level"), parent));
        }
        assertProblem(post(CATEGORIES, admin(), category("Too deep", freshSlug("deep"), parent)), 422, "category-too-deep");
    }

    @Test
    void reorder_feature_and_deactivate_are_stored_and_repeating_them_changes_nothing() {
        String id = created(CATEGORIES, category("Belts", freshSlug("belts"), null));

        assertThat(post(CATEGORIES + "/" + id + "/reorder", admin(), "{\"sortOrder\": 3}").statusCode()).isEqualTo(200);
        assertThat(post(CATEGORIES + "/" + id + "/feature", admin(), null).statusCode()).isEqualTo(200);
        assertThat(post(CATEGORIES + "/" + id + "/deactivate", admin(), null).statusCode()).isEqualTo(200);
        HttpResponse<String> again = post(CATEGORIES + "/" + id + "/deactivate", admin(), null);
        assertThat(post(CATEGORIES + "/" + id + "/reactivate", admin(), null).statusCode()).isEqualTo(200);
        assertThat(post(CATEGORIES + "/" + id + "/unfeature", admin(), null).statusCode()).isEqualTo(200);

        assertThat(again.headers().firstValue("ETag")).hasValue("\"3\"");
        assertThat(storedEventTypes(id)).containsExactly("CategoryCreatedEvent", "CategoryReorderedEvent",
                "CategoryFeaturedEvent", "CategoryDeactivatedEvent", "CategoryReactivatedEvent", "CategoryUnfeaturedEvent");
    }

    @Test
    void a_category_with_children_or_active_products_is_not_deleted_unless_products_have_a_target() throws Exception {
        String parent = created(CATEGORIES, category("Parent", freshSlug("parent"), null));
        String child = created(CATEGORIES, category("Child", freshSlug("child"), parent));
        String target = created(CATEGORIES, category("Target", freshSlug("target"), null));
        assertProblem(send("DELETE", CATEGORIES + "/" + parent, admin(), null, null, null), 409, "category-has-children");

        productIn(child, null);
        assertProblem(send("DELETE", CATEGORIES + "/" + child, admin(), null, null, null), 409, "category-has-products");
        assertProblem(send("DELETE", CATEGORIES + "/" + child + "?reassignTo=" + UUID.randomUUID(), admin(), null, null, null),
                422, "reassign-target-invalid");
        assertThat(post(CATEGORIES + "/" + target + "/deactivate", admin(), null).statusCode()).isEqualTo(200);
        assertProblem(send("DELETE", CATEGORIES + "/" + child + "?reassignTo=" + target, admin(), null, null, null),
                422, "reassign-target-inactive");
        assertThat(post(CATEGORIES + "/" + target + "/reactivate", admin(), null).statusCode()).isEqualTo(200);
        HttpResponse<String> deleted = send("DELETE", CATEGORIES + "/" + child + "?reassignTo=" + target, admin(), null, null, null);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(storedEventTypes(child)).containsExactly("CategoryCreatedEvent", "CategoryDeletedEvent");
    }

    @Test
    void bulk_create_runs_each_item_on_its_own_and_reports_each_outcome() {
        String slug = freshSlug("bulk");
        String body = "[" + category("One", slug, null) + "," + category("Two", slug, null) + ","
                + "{\"name\": \"Three\", \"slug\": \"" + freshSlug("bulk") + "\", \"status\": \"ACTIVE\"}" + ","
                + category("Four", freshSlug("bulk"), null) + "]";

        HttpResponse<String> response = post(CATEGORIES + "/bulk", admin(), body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = bodyOf(response);
        assertThat(result.path("succeeded").asInt()).isEqualTo(2);
        assertThat(result.path("failed").asInt()).isEqualTo(2);
        assertThat(result.path("items")).extracting(item -> item.path("status").asInt()).containsExactly(201, 409, 400, 201);
        assertThat(result.path("items").get(1).path("problem").path("code").asText()).isEqualTo("slug-taken");
        assertThat(result.path("items").get(2).path("problem").path("errors").findValuesAsText("field")).containsExactly("status");
        assertThat(storedEventTypes(result.path("items").get(3).path("id").asText())).containsExactly("CategoryCreatedEvent");
    }

    @Test
    void a_bulk_of_1000_categories_creates_all_of_them() {
        String prefix = freshSlug("thousand");
        String body = IntStream.range(0, 1000).mapToObj(i -> category("Item " + i, prefix + "-" + i, null))
                .collect(Collectors.joining(",", "[", "]"));

        long started = System.nanoTime();
        HttpResponse<String> response = post(CATEGORIES + "/bulk", admin(), body);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(bodyOf(response).path("succeeded").asInt()).isEqualTo(1000);
        assertThat(jdbc.sql("SELECT count(*) FROM event_store.category_tree WHERE slug LIKE ?").param(prefix + "-%")
                .query(Long.class).single()).isEqualTo(1000);
        System.out.printf("bulk of 1000 categories: %d ms (%.0f items/s)%n", millis, 1000 * 1000.0 / millis);
    }

    @Test
    void bulk_takes_1_to_1000_items_and_only_from_admins() {
        String tooMany = "[" + String.join(",", IntStream.range(0, 1001).mapToObj(i -> "{}").toList()) + "]";
        assertProblem(post(CATEGORIES + "/bulk", admin(), tooMany), 400, "invalid-request");
        assertProblem(post(CATEGORIES + "/bulk", admin(), "[]"), 400, "invalid-request");
        assertProblem(post(CATEGORIES + "/bulk", token("SELLER"), "[{}]"), 403, "admin-only");
    }

    static String category(String name, String slug, String parentId) {
        return """
                {"name": "%s", "slug": "%s", "description": "About %s", "parentId": %s}"""
                .formatted(name, slug, name, parentId == null ? "null" : "\"" + parentId + "\"");
    }
}
