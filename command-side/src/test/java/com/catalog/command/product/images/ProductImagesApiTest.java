package com.catalog.command.product.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.ProductApi;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Images and featuring over real HTTP, with their refusals. */
class ProductImagesApiTest extends ProductApi {

    @Test
    void images_are_added_reordered_and_removed() {
        String id = createProduct();

        String first = bodyOf(add(id, owner(), "{\"url\": \"https://cdn.example.com/1.jpg\"}")).path("imageId").asText();
        HttpResponse<String> second = add(id, owner(), "{\"url\": \"http://cdn.example.com/2.jpg\", \"altText\": \"Back\"}");
        String secondId = bodyOf(second).path("imageId").asText();
        HttpResponse<String> reordered = send("PUT", "/api/v1/products/" + id + "/images/order", owner(), "\"2\"",
                "application/json", "{\"imageIds\": [\"" + secondId + "\", \"" + first + "\"]}");
        HttpResponse<String> removed = send("DELETE", "/api/v1/products/" + id + "/images/" + first, owner(), "\"3\"", null, null);

        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        assertThat(second.headers().firstValue("Location")).hasValue("/api/v1/products/" + id + "/images/" + secondId);
        assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(200);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductImageAddedEvent",
                "ProductImageAddedEvent", "ProductImagesReorderedEvent", "ProductImageRemovedEvent");
    }

    @Test
    void image_refusals_are_problems() {
        String id = createProduct();
        String image = "{\"url\": \"https://cdn.example.com/1.jpg\"}";

        assertProblem(add(id, null, image), 401, "unauthenticated");
        assertProblem(add(id, token("seller-" + UUID.randomUUID(), "SELLER"), image), 403, "not-product-owner");
        assertProblem(add(UUID.randomUUID().toString(), owner(), image), 404, "not-found");
        assertProblem(add(id, owner(), "{\"url\": \"javascript:alert(1)\"}"), 422, "invalid-image-url");
        assertProblem(add(id, owner(), "{\"url\": \"https://cdn.example.com/" + "a".repeat(2100) + "\"}"), 400,
                "invalid-request");
        assertProblem(add(id, owner(), "{\"url\": \"https://cdn.example.com/1.jpg\", \"fetch\": true}"), 422, "unknown-fields");
        assertProblem(send("PUT", "/api/v1/products/" + id + "/images/order", owner(), null, "application/json",
                "{\"imageIds\": [\"nope\"]}"), 409, "invalid-image-order");
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent");
    }

    @Test
    void only_an_admin_features_a_product() {
        String id = createProduct();
        String admin = token("admin-" + UUID.randomUUID(), "ADMIN");

        assertProblem(send("POST", "/api/v1/products/" + id + "/feature", owner(), null, null, null), 403, "admin-only");
        HttpResponse<String> featured = send("POST", "/api/v1/products/" + id + "/feature", admin, "\"0\"", null, null);
        HttpResponse<String> stale = send("POST", "/api/v1/products/" + id + "/unfeature", admin, "\"0\"", null, null);
        HttpResponse<String> unfeatured = send("POST", "/api/v1/products/" + id + "/unfeature", admin, "\"1\"", null, null);

        assertThat(featured.statusCode()).as(featured.body()).isEqualTo(200);
        assertProblem(stale, 412, "version-mismatch");
        assertThat(unfeatured.statusCode()).as(unfeatured.body()).isEqualTo(200);
        assertThat(storedEventTypes(id)).containsExactly("ProductCreatedEvent", "ProductFeaturedEvent",
                "ProductUnfeaturedEvent");
    }

    private HttpResponse<String> add(String id, String token, String body) {
        return send("POST", "/api/v1/products/" + id + "/images", token, null, "application/json", body);
    }
}
