package com.catalog.command.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Every product endpoint is in the OpenAPI document, the request bodies carry their examples, If-Match is a header. */
class ProductOpenApiTest extends ProductApi {

    @Test
    void the_product_endpoints_are_documented_with_examples() {
        HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null, null, null);

        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
        JsonNode paths = bodyOf(docs).path("paths");
        assertThat(paths.path("/api/v1/products").has("post")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}").has("put")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}").has("patch")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/prices").has("put")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/discard-staged").has("post")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/variants").has("post")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/variants/{variantId}").has("patch")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/variants/{variantId}").has("delete")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/images").has("post")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/images/order").has("put")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/images/{imageId}").has("delete")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/feature").has("post")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/unfeature").has("post")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/cost-price").has("put")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}/cost-price").has("delete")).isTrue();
        assertThat(paths.path("/api/v1/products/{id}").path("patch").path("requestBody").path("content")
                .has("application/merge-patch+json")).isTrue();
        JsonNode ifMatch = paths.path("/api/v1/products/{id}/cost-price").path("put").path("parameters").get(1);
        assertThat(ifMatch.path("name").asText()).isEqualTo("If-Match");
        assertThat(ifMatch.path("in").asText()).isEqualTo("header");
        assertThat(ifMatch.path("required").asBoolean()).isFalse();
        assertThat(paths.path("/api/v1/products/{id}/cost-price").path("put").path("parameters").toString())
                .doesNotContain("expectedVersion");
        JsonNode schemas = bodyOf(docs).path("components").path("schemas");
        assertThat(schemas.path("CreateProductRequest").path("example").path("slug").asText()).isEqualTo("trail-running-shoe");
        assertThat(schemas.path("CreateProductRequest").path("properties").has("unknownFields")).isFalse();
        assertThat(schemas.path("VariantRequest").has("example")).isTrue();
        assertThat(schemas.path("CostPriceRequest").path("example").path("amount").asLong()).isEqualTo(900);
        assertThat(schemas.path("ChangeProductPriceRequest").path("properties").has("unknownFields")).isFalse();
    }
}
