package com.catalog.command.brand;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.web.AdminResourceApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The brand write API over real HTTP against the real app and PostgreSQL: contract and every refusal. */
class BrandApiTest extends AdminResourceApiTest {

    private static final String BRANDS = "/api/v1/brands";

    @Test
    void an_admin_creates_a_brand_and_gets_its_id_version_and_location() {
        HttpResponse<String> response = post(BRANDS, admin(), brand(freshName(), freshSlug("acme")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = bodyOf(response).path("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue(BRANDS + "/" + id);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(storedEventTypes(id)).containsExactly("BrandCreatedEvent");
    }

    @Test
    void without_a_token_it_is_401_and_sellers_and_buyers_get_403() {
        String body = brand(freshName(), freshSlug("acme"));
        assertProblem(post(BRANDS, null, body), 401, "unauthenticated");
        assertProblem(post(BRANDS, token("SELLER"), body), 403, "admin-only");
        assertProblem(post(BRANDS, token("BUYER"), body), 403, "admin-only");
        assertProblem(send("DELETE", BRANDS + "/" + UUID.randomUUID(), token("SELLER"), null, null, null), 403, "admin-only");
    }

    @Test
    void an_unknown_brand_is_404() {
        assertProblem(send("PATCH", BRANDS + "/" + UUID.randomUUID(), admin(), MERGE_PATCH, "{\"name\": \"X\"}", null),
                404, "not-found");
    }

    @Test
    void parallel_creates_of_the_same_name_in_different_cases_give_exactly_one_201() throws Exception {
        String name = freshName();
        String token = admin();
        List<Callable<HttpResponse<String>>> calls = IntStream.range(0, 8)
                .<Callable<HttpResponse<String>>>mapToObj(i -> () -> post(BRANDS, token,
                        brand(i % 2 == 0 ? name.toUpperCase(Locale.ROOT) : name, freshSlug("race"))))
                .toList();

        List<Integer> statuses = inParallel(calls);

        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
    }

    @Test
    void a_taken_slug_is_409_and_a_stale_if_match_412() {
        String slug = freshSlug("globex");
        String id = created(BRANDS, brand(freshName(), slug));
        assertProblem(post(BRANDS, admin(), brand(freshName(), slug)), 409, "slug-taken");

        assertThat(post(BRANDS + "/" + id + "/feature", admin(), null).statusCode()).isEqualTo(200);
        JsonNode problem = assertProblem(send("PUT", BRANDS + "/" + id, admin(), JSON, brand(freshName(), slug), "\"0\""),
                412, "version-mismatch");
        assertThat(problem.path("currentVersion").asLong()).isEqualTo(1);
    }

    @Test
    void urls_must_be_http_or_https_and_short_and_fields_are_checked_one_by_one() {
        String body = """
                {"name": "%s", "slug": "%s", "logoUrl": "javascript:alert(1)", "websiteUrl": "https://x.example/%s",
                 "featured": true}""".formatted(freshName(), freshSlug("bad"), "a".repeat(2048));

        JsonNode problem = assertProblem(post(BRANDS, admin(), body), 400, "invalid-request");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("logoUrl", "websiteUrl", "featured");
    }

    @Test
    void patch_clears_an_optional_field_and_put_replaces_all() {
        String id = created(BRANDS, brand(freshName(), freshSlug("initech")));

        HttpResponse<String> patched = send("PATCH", BRANDS + "/" + id, admin(), MERGE_PATCH, "{\"logoUrl\": null}", "\"0\"");
        HttpResponse<String> replaced = send("PUT", BRANDS + "/" + id, admin(), JSON,
                "{\"name\": \"" + freshName() + "\", \"slug\": \"" + freshSlug("initech") + "\"}", "\"1\"");

        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(storedEventTypes(id)).containsExactly("BrandCreatedEvent", "BrandUpdatedEvent", "BrandUpdatedEvent");
    }

    @Test
    void a_brand_with_active_products_is_deleted_only_with_a_target_and_its_name_is_free_again() throws Exception {
        String name = freshName();
        String id = created(BRANDS, brand(name, freshSlug("umbrella")));
        String target = created(BRANDS, brand(freshName(), freshSlug("target")));
        productIn(null, id);

        assertProblem(send("DELETE", BRANDS + "/" + id, admin(), null, null, null), 409, "brand-has-products");
        assertProblem(send("DELETE", BRANDS + "/" + id + "?reassignTo=" + id, admin(), null, null, null),
                422, "reassign-target-invalid");
        HttpResponse<String> deleted = send("DELETE", BRANDS + "/" + id + "?reassignTo=" + target, admin(), null, null, null);

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(post(BRANDS, admin(), brand(name, freshSlug("umbrella"))).statusCode()).isEqualTo(201);
    }

    @Test
    void bulk_create_reports_each_item() {
        String name = freshName();
        String body = "[" + brand(name, freshSlug("b")) + "," + brand(name.toLowerCase(Locale.ROOT), freshSlug("b")) + "]";

        JsonNode result = bodyOf(post(BRANDS + "/bulk", admin(), body));

        assertThat(result.path("items")).extracting(item -> item.path("status").asInt()).containsExactly(201, 409);
        assertThat(result.path("items").get(1).path("problem").path("code").asText()).isEqualTo("name-taken");
    }

    private static String freshName() {
        return "Brand " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String brand(String name, String slug) {
        return """
                {"name": "%s", "slug": "%s", "description": "Since 1900", "logoUrl": "https://cdn.example.com/l.png",
                 "websiteUrl": "https://www.example.com"}""".formatted(name, slug);
    }
}
