package com.catalog.command.product;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.web.ApiTest;
import com.catalog.engines.TestEngines;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** Base of product API tests, on the shared {@link ApiTest} plumbing: a seller of its own and its products. */
public abstract class ProductApi extends ApiTest {

    protected final String seller = "seller-" + UUID.randomUUID();

    protected String createProduct() {
        String sku = "P-" + UUID.randomUUID().toString().substring(0, 13);
        HttpResponse<String> created = send("POST", "/api/v1/products", owner(), null, "application/json",
                ProductRequests.createJson("Detail shoe", sku, 1999, "EUR"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return bodyOf(created).path("id").asText();
    }

    protected HttpResponse<String> send(String method, String path, String token, String ifMatch, String contentType,
                                        String body) {
        return exchange(method, path, token, contentType, body, ifMatch);
    }

    protected String owner() {
        return token(seller, "SELLER");
    }

    protected static String token(String subject, String... roles) {
        return TestEngines.jwt().mint(subject, Duration.ofMinutes(5), roles);
    }

    protected JsonNode lastPayload(String id) {
        byte[] payload = jdbc.sql("""
                        SELECT payload FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""")
                .param(id).query(byte[].class).single();
        try {
            return json.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
