package com.catalog.system;

import com.catalog.engines.CatalogSystem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** Talks to both apps over real HTTP, the way a seller's or a buyer's client would. */
public final class CatalogClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CatalogSystem system;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public CatalogClient(CatalogSystem system) {
        this.system = system;
    }

    /**
     * The one place the system tests and the benchmark build a product-create body (issue 4's shape): an English
     * name and description, a slug derived from the SKU (unique whenever the SKU is) and one price.
     */
    public static String productJson(String name, String description, String sku, long amount, String currency) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("name").put("en", name);
        body.put("slug", sku.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""));
        if (description != null) {
            body.putObject("description").put("en", description);
        }
        body.put("defaultLocale", "en");
        body.put("sku", sku);
        body.putArray("prices").addObject().put("currency", currency).put("amount", amount);
        return body.toString();
    }

    public HttpResponse<String> createProduct(String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.commandSideUrl() + "/api/v1/products"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    /** A POST to one of a product's command sub-resources, e.g. {@code publish} or {@code price}; body may be null. */
    public HttpResponse<String> changeProduct(String token, String id, String action, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(system.commandSideUrl() + "/api/v1/products/" + id + "/" + action))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(request.build());
    }

    /** Any write to the command side, e.g. a PATCH with JSON Merge Patch; ifMatch and body may be null. */
    public HttpResponse<String> write(String method, String token, String path, String ifMatch, String contentType,
                                      String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(system.commandSideUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.build());
    }

    /** A write whose body is a file, e.g. an NDJSON import upload, streamed from disk. */
    public HttpResponse<String> upload(String token, String path, String contentType, Path file) {
        try {
            return send(HttpRequest.newBuilder(URI.create(system.commandSideUrl() + path))
                    .timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET that needs a token, e.g. a job's status or the query side's admin API. */
    public HttpResponse<String> get(String url, String token, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Authorization", "Bearer " + token)
                .GET().build());
    }

    public HttpResponse<String> getProduct(String id, String minPosition) {
        return get(system.querySideUrl() + "/api/v1/products/" + id, minPosition);
    }

    public HttpResponse<String> search(String query, String minPosition) {
        return get(system.querySideUrl() + "/api/v1/products/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), minPosition);
    }

    /** Any GET, for the benchmark's ceilings (health endpoints) and raw Elasticsearch probes. */
    public HttpResponse<String> get(String url) {
        return get(url, null);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    private HttpResponse<String> get(String url, String minPosition) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (minPosition != null) {
            request.header("X-Catalog-Min-Position", minPosition);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
