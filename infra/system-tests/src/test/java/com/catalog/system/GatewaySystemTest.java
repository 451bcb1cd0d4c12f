package com.catalog.system;

import static com.catalog.system.CatalogClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.CatalogSystem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that knows one base URL: the gateway sends the POST to the command side and the GET to the query side,
 * with the caller's token and correlation id, and the read-your-writes token works across both.
 */
class GatewaySystemTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static CatalogSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningCatalog.get();
    }

    @Test
    void aProductCreatedThroughTheGatewayIsReadThroughTheGateway() throws Exception {
        String seller = "seller-" + UUID.randomUUID();
        String sku = "GW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String correlationId = "gateway-" + UUID.randomUUID();

        HttpResponse<String> created = send(HttpRequest.newBuilder(gateway("/api/v1/products"))
                .header("Authorization", "Bearer " + system.jwt().mint(seller, Duration.ofMinutes(5), "SELLER"))
                .header("Content-Type", "application/json")
                .header("X-Correlation-Id", correlationId)
                .POST(HttpRequest.BodyPublishers.ofString(productCreateRequest("Gateway kettle", sku))));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Correlation-Id")).hasValue(correlationId);
        String id = json(created).path("id").asText();
        String position = created.headers().firstValue("X-Catalog-Position").orElseThrow();

        HttpResponse<String> read = send(HttpRequest.newBuilder(gateway("/api/v1/products/" + id))
                .header("X-Catalog-Min-Position", position).GET());

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode product = json(read);
        assertThat(product.path("id").asText()).isEqualTo(id);
        assertThat(product.path("sku").asText()).isEqualTo(sku);
        assertThat(product.path("sellerId").asText()).isEqualTo(seller);
    }

    @Test
    void aWriteWithoutTokenIsTheCommandSides401ProblemPassedThrough() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(gateway("/api/v1/products"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(productCreateRequest("Nameless", "GW-ANON"))));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theGatewayAnswersItsOwnHealth() throws Exception {
        assertThat(send(HttpRequest.newBuilder(gateway("/actuator/health/readiness")).GET()).statusCode()).isEqualTo(200);
    }

    /** The one place that knows the shape of a product create request (it is changing in parallel work). */
    static String productCreateRequest(String name, String sku) {
        return CatalogClient.productJson(name, "Created through the gateway", sku, 4900, "EUR");
    }

    private static URI gateway(String path) {
        return URI.create(system.gatewayUrl() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
