package com.catalog.query.product.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.query.ReadApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/v1/products/{id}/stats over events appended to the real event store, with their own timestamps. */
class ProductStatsApiTest extends ReadApiTest {

    @Autowired EventProcessingConfiguration processing;

    private final String seller = "seller-" + UUID.randomUUID();

    @Test
    void price_history_per_currency_number_of_changes_and_time_in_each_status_come_from_the_events() {
        Instant start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        History history = history(start);

        JsonNode stats = get(history.path(), history.last(), token(seller, "SELLER"), null).getBody();

        assertThat(stats.path("status").asText()).isEqualTo("UNPUBLISHED");
        assertThat(stats.path("changes").asInt()).as("events after the creation").isEqualTo(4);
        assertThat(stats.path("createdAt").asText()).isEqualTo(start.toString());
        JsonNode seconds = stats.path("secondsInStatus");
        assertThat(seconds.path("DRAFT").asLong()).isEqualTo(3600);
        assertThat(seconds.path("PUBLISHED").asLong()).isEqualTo(3600);
        assertThat(seconds.path("UNPUBLISHED").asLong()).isBetween(3600L - 120, 3600L + 120);
        assertThat(seconds.path("DISCONTINUED").asLong()).isZero();
        assertThat(stats.path("statusHistory").findValuesAsText("status")).containsExactly("DRAFT", "PUBLISHED", "UNPUBLISHED");
        assertThat(stats.path("statusHistory").get(2).has("to")).as("the current period is open").isFalse();
        JsonNode eur = stats.path("priceHistory").path("EUR");
        assertThat(eur.findValuesAsText("amount")).containsExactly("12900", "9900");
        assertThat(eur.get(0).path("to").asText()).isEqualTo(start.plus(90, ChronoUnit.MINUTES).toString());
        assertThat(eur.get(1).has("to")).isFalse();
        JsonNode usd = stats.path("priceHistory").path("USD");
        assertThat(usd.findValuesAsText("amount")).containsExactly("13900");
        assertThat(usd.get(0).path("from").asText()).isEqualTo(start.plus(30, ChronoUnit.MINUTES).toString());
    }

    @Test
    void a_staged_price_enters_the_history_when_its_publish_makes_it_current_and_a_discarded_one_never() {
        Instant start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        ProductCreatedEvent product = product(seller, "Teak bench", null, null, 5000, "EUR");
        String id = product.productId();
        append("Product", id, 0, product, start);
        append("Product", id, 1, new ProductPublishedEvent(id, ProductStatus.DRAFT), start.plus(10, ChronoUnit.MINUTES));
        append("Product", id, 2, new ProductPricesChangedEvent(id, List.of(new CurrencyAmount("EUR", 5000)),
                List.of(new CurrencyAmount("EUR", 4000), new CurrencyAmount("USD", 4500)), List.of(), List.of(), true),
                start.plus(20, ChronoUnit.MINUTES));
        long staged = append("Product", id, 3, new ProductPriceChangedEvent(id, 4000, "EUR", 3500, "EUR", true),
                start.plus(30, ChronoUnit.MINUTES));
        String path = "/api/v1/products/" + id + "/stats";
        String bearer = token(seller, "SELLER");

        JsonNode waiting = get(path, staged, bearer, null).getBody();
        assertThat(waiting.path("priceHistory").path("EUR").findValuesAsText("amount")).as("staged: not yet a price")
                .containsExactly("5000");
        assertThat(waiting.path("priceHistory").has("USD")).isFalse();
        assertThat(waiting.path("changes").asInt()).as("staged changes still count as changes").isEqualTo(3);

        append("Product", id, 4, new ProductStagedChangesPublishedEvent(id), start.plus(60, ChronoUnit.MINUTES));
        append("Product", id, 5, new ProductPricesChangedEvent(id, List.of(new CurrencyAmount("EUR", 3500)),
                List.of(new CurrencyAmount("EUR", 100)), List.of(), List.of(), true), start.plus(70, ChronoUnit.MINUTES));
        long discarded = append("Product", id, 6, new ProductStagedChangesDiscardedEvent(id),
                start.plus(80, ChronoUnit.MINUTES));

        JsonNode after = get(path, discarded, bearer, null).getBody();
        JsonNode eur = after.path("priceHistory").path("EUR");
        assertThat(eur.findValuesAsText("amount")).containsExactly("5000", "3500");
        assertThat(eur.get(0).path("to").asText()).as("dated at the publish").isEqualTo(start.plus(60, ChronoUnit.MINUTES).toString());
        assertThat(eur.get(1).has("to")).as("the discarded 100 never became a price").isFalse();
        assertThat(after.path("priceHistory").path("USD").get(0).path("from").asText())
                .isEqualTo(start.plus(60, ChronoUnit.MINUTES).toString());
    }

    @Test
    void only_the_seller_and_admins_read_a_products_stats() {
        ProductCreatedEvent product = product(seller, "Ash chair", null, null, 4900, "EUR");
        long position = draft(product);
        String path = "/api/v1/products/" + product.productId() + "/stats";

        assertProblem(get(path, position), HttpStatus.UNAUTHORIZED, "unauthenticated");
        assertProblem(get(path, position, token("seller-other", "SELLER"), null), HttpStatus.FORBIDDEN, "not-product-owner");
        assertProblem(get(path, position, token("buyer-1", "BUYER"), null), HttpStatus.FORBIDDEN, "not-product-owner");
        ResponseEntity<JsonNode> admin = get(path, position, token("admin-1", "ADMIN"), null);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getHeaders().getCacheControl()).contains("private").contains("no-cache");
        assertProblem(get("/api/v1/products/" + UUID.randomUUID() + "/stats", position, token("admin-1", "ADMIN"), null),
                HttpStatus.NOT_FOUND, "product-not-found");
        assertThat(get("/api/v1/products/not-a-uuid/stats", null, token("admin-1", "ADMIN"), null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void the_answer_has_a_strong_etag_that_revalidates_until_the_counted_time_moves_on() {
        ProductCreatedEvent product = product(seller, "Elm shelf", null, null, 2900, "EUR");
        long position = draft(product);
        String path = "/api/v1/products/" + product.productId() + "/stats";
        String bearer = token(seller, "SELLER");
        ResponseEntity<JsonNode> first = get(path, position, bearer, null);
        String etag = first.getHeaders().getETag();
        assertThat(etag).startsWith("\"");

        ResponseEntity<JsonNode> again = get(path, position, bearer, etag);
        if (again.getStatusCode() == HttpStatus.OK) {
            // the request crossed a minute boundary: then the counted time and so the body changed
            assertThat(again.getBody().path("asOf").asText()).isNotEqualTo(first.getBody().path("asOf").asText());
        } else {
            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        }
    }

    @Test
    void an_older_event_delivered_again_counts_once_and_a_replay_rebuilds_the_same_figures() throws Exception {
        Instant start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        History history = history(start);
        String bearer = token(seller, "SELLER");
        String path = history.path();
        JsonNode before = get(path, history.last(), bearer, null).getBody();

        long redelivered = jdbc.sql("""
                        INSERT INTO event_store.domain_event_entry (event_identifier, aggregate_identifier, sequence_number,
                            type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT :newId, 'redelivery-' || aggregate_identifier, sequence_number, type, time_stamp,
                            payload_type, payload_revision, payload, meta_data
                        FROM event_store.domain_event_entry
                        WHERE aggregate_identifier = :product AND sequence_number = 2
                        RETURNING global_index""")
                .param("newId", UUID.randomUUID().toString()).param("product", history.productId()).query(Long.class).single();
        assertThat(withoutAsOf(get(path, redelivered, bearer, null).getBody())).isEqualTo(withoutAsOf(before));

        StreamingEventProcessor processor = processing.eventProcessor(ProductStatsProjection.PROCESSOR,
                StreamingEventProcessor.class).orElseThrow();
        processor.shutdownAsync().get();
        processor.resetTokens();
        processor.start();
        assertThat(withoutAsOf(get(path, redelivered, bearer, null).getBody())).isEqualTo(withoutAsOf(before));
    }

    /** @param last the position of the product's last event */
    private record History(String productId, long last) {
        String path() {
            return "/api/v1/products/" + productId + "/stats";
        }
    }

    /**
     * Created at {@code start} as a draft in EUR, USD added after 30 minutes, published after 1 h, EUR repriced after
     * 90 minutes, unpublished after 2 h.
     */
    private History history(Instant start) {
        ProductCreatedEvent product = product(seller, "Oak desk", null, null, 12900, "EUR");
        String id = product.productId();
        append("Product", id, 0, product, start);
        append("Product", id, 1, new ProductPricesChangedEvent(id, List.of(new CurrencyAmount("EUR", 12900)),
                List.of(new CurrencyAmount("EUR", 12900), new CurrencyAmount("USD", 13900)), List.of(), List.of(), false),
                start.plus(30, ChronoUnit.MINUTES));
        append("Product", id, 2, new ProductPublishedEvent(id, ProductStatus.DRAFT), start.plus(60, ChronoUnit.MINUTES));
        append("Product", id, 3, new ProductPriceChangedEvent(id, 12900, "EUR", 9900, "EUR", false),
                start.plus(90, ChronoUnit.MINUTES));
        return new History(id, append("Product", id, 4, new ProductUnpublishedEvent(id, ProductStatus.PUBLISHED),
                start.plus(120, ChronoUnit.MINUTES)));
    }

    /** The figures without those that move with the clock (the open period's time). */
    private static String withoutAsOf(JsonNode stats) {
        ObjectNode copy = stats.deepCopy();
        copy.remove(List.of("asOf", "secondsInStatus"));
        return copy.toString();
    }
}
