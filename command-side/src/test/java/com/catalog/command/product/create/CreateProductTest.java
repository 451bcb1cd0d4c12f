package com.catalog.command.product.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.catalog.command.product.ProductRequests;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CreateProductTest extends CreateProductApiTest {

    @Autowired
    CommandGateway commandGateway;

    @Test
    void a_seller_creates_a_product_and_learns_its_version_and_global_position() {
        String sku = freshSku().toLowerCase();

        HttpResponse<String> response = post(productJson("Trail shoe", sku, 1999, "EUR"), sellerToken(),
                Map.of("X-Correlation-Id", "req-create-1"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = bodyOf(response);
        String id = body.path("id").asText();
        assertThat(new ProductId(id).value()).isEqualTo(id);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/products/" + id);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(body.path("version").asLong()).isZero();
        StoredEvent event = storedEventOf(id);
        assertThat(response.headers().firstValue("X-Catalog-Position")).hasValue(Long.toString(event.globalIndex()));
        assertThat(body.path("position").asLong()).isEqualTo(event.globalIndex());
        assertThat(event.sequenceNumber()).isZero();
        assertThat(event.payloadType()).endsWith("ProductCreatedEvent");
        assertThat(event.payloadRevision()).isEqualTo("2");
        JsonNode payload = parse(event.payload());
        assertThat(payload.path("productId").asText()).isEqualTo(id);
        assertThat(payload.path("sellerId").asText()).isEqualTo(SELLER);
        assertThat(payload.path("name").path("en").asText()).isEqualTo("Trail shoe");
        assertThat(payload.path("defaultLocale").asText()).isEqualTo("en");
        assertThat(payload.path("sku").asText()).isEqualTo(sku.toUpperCase());
        assertThat(payload.path("prices").get(0).path("amount").asLong()).isEqualTo(1999);
        assertThat(payload.path("prices").get(0).path("currency").asText()).isEqualTo("EUR");
        assertThat(body.path("status").asText()).isEqualTo("DRAFT");
        assertThat(body.path("slug").asText()).isEqualTo(ProductRequests.slugOf(sku));
        assertThat(lookupRowsFor(sku)).isOne();
    }

    @Test
    void who_acted_how_and_in_which_request_is_stored_on_the_event() {
        HttpResponse<String> response = post(productJson("Trail shoe", freshSku(), 1999, "EUR"), sellerToken(),
                Map.of("X-Correlation-Id", "req-metadata-7"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("req-metadata-7");
        JsonNode metadata = parse(storedEventOf(bodyOf(response).path("id").asText()).metaData());
        assertThat(metadata.path("actorId").asText()).isEqualTo(SELLER);
        assertThat(metadata.path("actorRole").asText()).isEqualTo("SELLER");
        assertThat(metadata.path("correlationId").asText()).isEqualTo("req-metadata-7");
        assertThat(metadata.path("clientIp").asText()).isEqualTo("127.0.0.1");
    }

    @Test
    void without_a_correlation_header_the_generated_id_is_returned_and_stored() {
        HttpResponse<String> response = post(productJson("Trail shoe", freshSku(), 0, "JPY"), token("admin-1", "ADMIN"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String generated = response.headers().firstValue("X-Correlation-Id").orElseThrow();
        JsonNode metadata = parse(storedEventOf(bodyOf(response).path("id").asText()).metaData());
        assertThat(metadata.path("correlationId").asText()).isEqualTo(generated);
        assertThat(metadata.path("actorId").asText()).isEqualTo("admin-1");
        assertThat(metadata.path("actorRole").asText()).isEqualTo("ADMIN");
    }

    @Test
    void a_sku_already_taken_answers_409_whatever_its_case() {
        String sku = freshSku();
        assertThat(post(productJson("First", sku.toLowerCase(), 100, "EUR"), sellerToken()).statusCode()).isEqualTo(201);

        HttpResponse<String> duplicate = post(productJson("Second", sku.toUpperCase(), 200, "EUR"), token("other", "SELLER"));

        assertProblem(duplicate, 409, "sku-taken");
        assertThat(bodyOf(duplicate).path("detail").asText()).contains(sku.toUpperCase());
        assertThat(eventsWithSku(sku.toUpperCase())).isOne();
    }

    @Test
    void concurrent_creations_with_one_sku_give_exactly_one_201_and_409s_for_the_rest() throws Exception {
        String sku = freshSku();
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<HttpResponse<String>>> results = IntStream.range(0, writers)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return post(productJson("Racer " + i, sku, 100 + i, "EUR"), sellerToken());
                    }))
                    .toList();
            start.countDown();
            List<Integer> statuses = results.stream().map(CreateProductTest::statusOf).toList();

            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventsWithSku(sku)).isOne();
        assertThat(lookupRowsFor(sku)).isOne();
    }

    @Test
    void a_second_creation_of_the_same_aggregate_fails_and_rolls_back_its_sku_claim() {
        ProductId id = ProductId.newId();
        String firstSku = freshSku();
        String secondSku = freshSku();
        commandGateway.sendAndWait(command(id, firstSku));

        assertThatThrownBy(() -> commandGateway.sendAndWait(command(id, secondSku)))
                .isInstanceOf(AggregateStreamCreationException.class);
        // the lookup row was inserted before the event append failed: the shared transaction must have undone it
        assertThat(lookupRowsFor(secondSku)).isZero();
        assertThat(lookupRowsFor(firstSku)).isOne();
    }

    private static CreateProductCommand command(ProductId id, String sku) {
        return new CreateProductCommand(id, SELLER, new ProductDetailFields("en", Map.of("en", "Direct"),
                ProductRequests.slugOf(sku), null, null, null, null, null), Sku.of(sku), List.of(Money.of(1, "EUR")),
                List.of(), null);
    }

    private static int statusOf(Future<HttpResponse<String>> result) {
        try {
            return result.get().statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private StoredEvent storedEventOf(String aggregateId) {
        return jdbc.sql("""
                        SELECT global_index, sequence_number, payload_type, payload_revision, payload, meta_data
                        FROM event_store.domain_event_entry WHERE aggregate_identifier = ?""")
                .param(aggregateId)
                .query((rs, row) -> new StoredEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5), rs.getBytes(6)))
                .single();
    }

    private long eventsWithSku(String sku) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_store.domain_event_entry
                        WHERE convert_from(payload, 'UTF8')::jsonb ->> 'sku' = upper(?)""")
                .param(sku).query(Long.class).single();
    }

    private JsonNode parse(byte[] stored) {
        try {
            return json.readTree(new String(stored, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("not JSON", e);
        }
    }

    private record StoredEvent(long globalIndex, long sequenceNumber, String payloadType, String payloadRevision,
                               byte[] payload, byte[] metaData) {
    }
}
