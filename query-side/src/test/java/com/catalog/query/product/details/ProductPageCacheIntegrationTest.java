package com.catalog.query.product.details;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.query.QuerySideEngines;
import com.catalog.query.product.ProductEvents;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Buyers' pages come from memory until an event of the product evicts them. To tell memory from PostgreSQL the
 * test changes the read-model row behind the cache's back (a SKU no event ever set), then appends a real event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "catalog.read.consistency-timeout=8s",
        "catalog.search.alias=catalog-products-page-cache",
        "catalog.search.index=catalog-products-page-cache-v1"})
class ProductPageCacheIntegrationTest {

    private static final String SELLER = "seller-" + UUID.randomUUID();
    private static final long EVICTION_WAIT_MILLIS = 15_000;

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        QuerySideEngines.register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired EventStore eventStore;
    @Autowired JdbcClient jdbc;

    @Test
    void a_page_is_served_from_memory_until_an_event_of_its_product_evicts_it() throws InterruptedException {
        String id = UUID.randomUUID().toString();
        String sku = "PC-" + id.substring(0, 8).toUpperCase();
        append(id, 0, ProductEvents.created(id, SELLER, "Cached lamp", null, sku, 4900, "EUR"));
        long published = append(id, 1, new ProductPublishedEvent(id, ProductStatus.DRAFT));
        ResponseEntity<String> first = get("/api/v1/products/" + id + "?minPosition=" + published);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getHeaders().getETag()).isEqualTo("\"1\"");

        jdbc.sql("UPDATE read.product SET sku = 'BEHIND-THE-CACHE' WHERE product_id = ?").param(UUID.fromString(id)).update();

        ResponseEntity<String> cached = get("/api/v1/products/" + id);
        assertThat(cached.getBody()).as("served from memory").isEqualTo(first.getBody());
        assertThat(cached.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(json(get("/api/v1/products/" + id + "?minPosition=" + published)).path("sku").asText())
                .as("a read-your-writes read goes to PostgreSQL").isEqualTo("BEHIND-THE-CACHE");

        append(id, 2, new ProductPriceChangedEvent(id, 4900, "EUR", 5900, "EUR", false));

        long deadline = System.currentTimeMillis() + EVICTION_WAIT_MILLIS;
        JsonNode page = json(get("/api/v1/products/" + id));
        while (page.path("price").path("amount").asLong() != 5900 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            page = json(get("/api/v1/products/" + id));
        }
        assertThat(page.path("price").path("amount").asLong()).as("evicted by the price change").isEqualTo(5900);
        assertThat(page.path("sku").asText()).isEqualTo("BEHIND-THE-CACHE");
        assertThat(page.path("version").asLong()).isEqualTo(2);
    }

    @Test
    void an_unknown_product_is_a_404_problem_and_stays_one() {
        String path = "/api/v1/products/" + UUID.randomUUID();
        assertThat(get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private long append(String productId, long sequence, Object payload) {
        GenericDomainEventMessage<Object> message = new GenericDomainEventMessage<>("Product", productId, sequence, payload,
                MetaData.from(Map.of("actorId", SELLER, "actorRole", "SELLER")));
        eventStore.publish(message);
        return jdbc.sql("SELECT global_index FROM event_store.domain_event_entry WHERE event_identifier = ?")
                .param(message.getIdentifier()).query(Long.class).single();
    }

    private ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    private static JsonNode json(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.getBody());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
