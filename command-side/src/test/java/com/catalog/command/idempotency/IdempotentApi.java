package com.catalog.command.idempotency;

import com.catalog.command.product.ProductApi;
import com.catalog.command.product.ProductRequests;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** Product API tests plus POSTs that carry an {@code Idempotency-Key}, and counts of stored events. */
abstract class IdempotentApi extends ProductApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The one place these tests build a product-create body. */
    static String productJson(String sku) {
        return ProductRequests.createJson("Idempotent shoe", sku, 1999, "EUR");
    }

    static String freshSku() {
        return "I-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static String freshKey() {
        return UUID.randomUUID().toString();
    }

    HttpResponse<String> post(String path, String token, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header(IdempotencyKeyHeader.NAME, key);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Creation events of products with this SKU (stored upper-case), whatever their id. */
    long creationsOf(String sku) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_store.domain_event_entry
                        WHERE payload_type LIKE '%.ProductCreatedEvent'
                          AND position(? IN convert_from(payload, 'UTF8')) > 0""")
                .param("\"" + sku.toUpperCase(Locale.ROOT) + "\"").query(Long.class).single();
    }

    long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM event_store.domain_event_entry WHERE aggregate_identifier = ?")
                .param(aggregateId).query(Long.class).single();
    }
}
