package com.catalog.command.product.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/imports?publish=true}: each line's product created and published together, against real PG. */
class ImportPublishApiTest extends ImportApi {

    private HttpResponse<String> uploadTo(String path, String token, String body) {
        return exchange(request(path).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token));
    }

    @Test
    void with_publish_each_created_product_is_published_in_its_line_and_the_job_shows_it() throws Exception {
        String sku = freshSku();
        String withoutPrices = line(freshSku()).replaceFirst("\"prices\":\\[[^]]*]", "\"prices\":[]");
        HttpResponse<String> response = uploadTo(IMPORTS + "?publish=true", owner(),
                String.join("\n", line(sku), withoutPrices, line(sku), line(freshSku())));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(bodyOf(response).path("publish").asBoolean()).isTrue();
        UUID job = UUID.fromString(bodyOf(response).path("id").asText());
        JsonNode done = awaitEnd(job);
        assertThat(done.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.path("publish").asBoolean()).isTrue();
        assertThat(done.path("succeeded").asInt()).isEqualTo(2);
        assertThat(done.path("failures").findValuesAsText("line")).containsExactly("2", "3");
        for (int created : new int[] {1, 4}) {
            String productId = ImportLineProcessor.productIdOf(job, created).value();
            assertThat(storedEventTypes(productId)).containsExactly("ProductCreatedEvent", "ProductPublishedEvent");
            assertThat(lastPayload(productId).path("productId").asText()).isEqualTo(productId);
        }
        for (int refused : new int[] {2, 3}) {
            assertThat(storedEventTypes(ImportLineProcessor.productIdOf(job, refused).value())).isEmpty();
        }
        // a published product is live: its owner's normal publish has nothing left to do
        String first = ImportLineProcessor.productIdOf(job, 1).value();
        assertProblem(send("POST", "/api/v1/products/" + first + "/publish", owner(), null, null, null), 409,
                "illegal-status-transition");
    }

    @Test
    void an_admin_import_with_publish_publishes_as_the_admin_and_the_admin_owns_the_products() throws Exception {
        String admin = "admin-" + UUID.randomUUID();
        HttpResponse<String> response = uploadTo(IMPORTS + "?publish=true", token(admin, "ADMIN"), line(freshSku()));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        UUID job = UUID.fromString(bodyOf(response).path("id").asText());
        HttpResponse<String> status = send("GET", IMPORTS + "/" + job, token(admin, "ADMIN"), null, null, null);
        assertThat(bodyOf(status).path("publish").asBoolean()).isTrue();
        long deadline = System.nanoTime() + 60_000_000_000L;
        String productId = ImportLineProcessor.productIdOf(job, 1).value();
        while (storedEventTypes(productId).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(storedEventTypes(productId)).containsExactly("ProductCreatedEvent", "ProductPublishedEvent");
    }

    @Test
    void without_publish_the_products_stay_drafts_and_a_bad_publish_value_is_refused() throws Exception {
        UUID job = accepted(line(freshSku()));
        JsonNode done = awaitEnd(job);

        assertThat(done.path("publish").asBoolean()).isFalse();
        assertThat(storedEventTypes(ImportLineProcessor.productIdOf(job, 1).value())).containsExactly("ProductCreatedEvent");
        assertProblem(uploadTo(IMPORTS + "?publish=maybe", owner(), line(freshSku())), 400, "bad-request");
        assertThat(uploadTo(IMPORTS + "?publish=false", owner(), line(freshSku())).statusCode()).isEqualTo(202);
    }

    @Test
    void the_publish_option_is_documented() {
        JsonNode post = bodyOf(send("GET", "/v3/api-docs", null, null, null, null)).path("paths").path(IMPORTS).path("post");

        assertThat(post.path("parameters").findValuesAsText("name")).contains("publish");
        assertThat(post.path("description").asText()).contains("publish=true");
    }
}
