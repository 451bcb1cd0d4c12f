package com.catalog.system;

import com.catalog.engines.CatalogSystem;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static com.catalog.system.CatalogClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Categories and brands end to end through the real processes: an admin's writes on the command side are read
 * back on the query side at the position each write answered (breadcrumbs follow a move and a rename).
 */
class CategoryFlowSystemTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static CatalogSystem system;
    private static String admin;

    @BeforeAll
    static void startSystem() {
        system = RunningCatalog.get();
        admin = system.jwt().mint("admin-" + UUID.randomUUID(), Duration.ofMinutes(5), "ADMIN");
    }

    @Test
    void aMovedAndRenamedSubtreeIsReadWithItsNewBreadcrumbAtTheWritesPosition() {
        String oldRoot = create("Old root", null);
        String newRoot = create("New root", null);
        String shoes = create("Shoes", oldRoot);
        String trail = create("Trail", shoes);

        HttpResponse<String> moved = write("POST", "/api/v1/categories/" + shoes + "/move", "application/json",
                "{\"parentId\": \"" + newRoot + "\"}");
        HttpResponse<String> renamed = write("PATCH", "/api/v1/categories/" + newRoot, "application/merge-patch+json",
                "{\"name\": \"Footwear\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);

        JsonNode breadcrumb = json(read("/api/v1/categories/" + trail + "/breadcrumb", positionOf(renamed)));
        assertThat(StreamSupport.stream(breadcrumb.spliterator(), false).map(step -> step.path("name").asText()))
                .containsExactly("Footwear", "Shoes", "Trail");
        JsonNode category = json(read("/api/v1/categories/" + trail, positionOf(renamed)));
        assertThat(category.path("depth").asInt()).isEqualTo(3);
        assertThat(category.path("path")).extracting(JsonNode::asText).containsExactly(newRoot, shoes);
    }

    @Test
    void aCreatedBrandIsReadAtItsPositionAndGoneAfterItsDeletion() {
        String name = "Brand " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = write("POST", "/api/v1/brands", "application/json", """
                {"name": "%s", "slug": "%s", "websiteUrl": "https://brand.example.com"}"""
                .formatted(name, slug("brand")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).path("id").asText();

        assertThat(json(read("/api/v1/brands/" + id, positionOf(created))).path("name").asText()).isEqualTo(name);

        HttpResponse<String> deleted = write("DELETE", "/api/v1/brands/" + id, null, null);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(read("/api/v1/brands/" + id, positionOf(deleted)).statusCode()).isEqualTo(404);
    }

    private static String create(String name, String parentId) {
        HttpResponse<String> created = write("POST", "/api/v1/categories", "application/json", """
                {"name": "%s", "slug": "%s", "parentId": %s}"""
                .formatted(name, slug("cat"), parentId == null ? "null" : "\"" + parentId + "\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).path("id").asText();
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String positionOf(HttpResponse<String> write) {
        return write.headers().firstValue("X-Catalog-Position").orElseThrow();
    }

    private static HttpResponse<String> write(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.commandSideUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + admin)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    private static HttpResponse<String> read(String path, String minPosition) {
        return send(HttpRequest.newBuilder(URI.create(system.querySideUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("X-Catalog-Min-Position", minPosition).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
