package com.catalog.command.product.create;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.DevJwtIssuer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Only sellers and admins create products; every refusal is a problem document. */
class CreateProductSecurityTest extends CreateProductApiTest {

    @Test
    void without_a_token_the_answer_is_401_with_a_bearer_challenge() {
        HttpResponse<String> response = post(productJson("Shoe", freshSku(), 1, "EUR"), null);

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void a_token_signed_by_an_unknown_key_is_401() throws Exception {
        DevJwtIssuer stranger = DevJwtIssuer.ephemeral(Files.createTempDirectory("stranger-jwt"));

        HttpResponse<String> response = post(productJson("Shoe", freshSku(), 1, "EUR"),
                stranger.mint(SELLER, Duration.ofMinutes(5), "SELLER"));

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_token"));
    }

    @Test
    void a_buyer_is_forbidden() {
        String sku = freshSku();

        assertProblem(post(productJson("Shoe", sku, 1, "EUR"), token("buyer-1", "BUYER")), 403, "forbidden");
        assertThat(lookupRowsFor(sku)).isZero();
    }

    @Test
    void a_token_without_roles_is_forbidden() {
        assertProblem(post(productJson("Shoe", freshSku(), 1, "EUR"), token("nobody")), 403, "forbidden");
    }

    @Test
    void health_and_api_docs_are_public() {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/products", "bearer-jwt", "X-Catalog-Position");
    }

    @Test
    void other_endpoints_need_a_token() {
        assertProblem(get("/actuator/env"), 401, "unauthenticated");
    }
}
