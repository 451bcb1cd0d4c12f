package com.catalog.command.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.engines.TestEngines;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real categories and brands, created through the admin API, for product tests that place products in them. */
public final class CatalogReferenceFixtures {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private CatalogReferenceFixtures() {
    }

    /** A new active category; returns its id. */
    public static String category(int port) {
        return created(port, "/api/v1/categories", "Category");
    }

    /** A new brand; returns its id. */
    public static String brand(int port) {
        return created(port, "/api/v1/brands", "Brand");
    }

    private static String created(int port, String path, String name) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"name\": \"" + name + " " + unique + "\", \"slug\": \"ref-" + unique + "\"}";
        String admin = TestEngines.jwt().mint("admin-" + unique, Duration.ofMinutes(5), "ADMIN");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + admin)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            Matcher id = ID.matcher(response.body());
            assertThat(id.find()).as(response.body()).isTrue();
            return id.group(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
