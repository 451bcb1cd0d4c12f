package com.catalog.inventory;

import com.catalog.events.integration.PriceV1;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductDiscontinuedIntegrationEvent;
import com.catalog.events.integration.ProductPublishedIntegrationEvent;
import com.catalog.events.integration.ProductRestoredIntegrationEvent;
import com.catalog.events.integration.ProductStateV1;
import com.catalog.events.integration.ProductVariantAddedIntegrationEvent;
import com.catalog.events.integration.ProductVariantV1;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new subscriber against real Kafka and PostgreSQL: it reads the state topic to its end before following the
 * event topic from the beginning, where everything the states already reflect is stale. Written before the app
 * starts, as a catalog that has been running for a while would have left them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StateTopicBootstrapIntegrationTest {

    static final SubscriberEngines ENGINES = new SubscriberEngines();
    /** Published with a variant; a second variant came after its last state. */
    static final String GROWN = UUID.randomUUID().toString();
    /** Discontinued: a state, then a tombstone. */
    static final String GONE = UUID.randomUUID().toString();
    /** Discontinued (known from its tombstone alone), then restored and published again after the bootstrap. */
    static final String RETURNED = UUID.randomUUID().toString();
    /** A draft whose events retention removed from the event topic: known from its state alone. */
    static final String STATE_ONLY = UUID.randomUUID().toString();

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        SubscriberEngines.createTopic(ENGINES.topic, 3);
        SubscriberEngines.createTopic(ENGINES.stateTopic, 3);
        CatalogRecords events = new CatalogRecords(ENGINES.topic);
        List<ProducerRecord<String, byte[]>> send = new ArrayList<>(List.of(
                created(events, GROWN), published(events, GROWN, 1), variantAdded(events, GROWN, 2, "XL"),
                variantAdded(events, GROWN, 3, "XXL"),
                created(events, GONE), published(events, GONE, 1),
                events.record(ProductDiscontinuedIntegrationEvent.TYPE, GONE, 2,
                        new ProductDiscontinuedIntegrationEvent(GONE, 2, "PUBLISHED", "DISCONTINUED")),
                state(GROWN, 2, 103, "PUBLISHED", "XL"),
                state(GONE, 1, 105, "PUBLISHED"),
                CatalogRecords.state(ENGINES.stateTopic, GONE, 2, 106, null),
                state(STATE_ONLY, 0, 90, "DRAFT"),
                CatalogRecords.state(ENGINES.stateTopic, RETURNED, 3, 110, null),
                events.record(ProductRestoredIntegrationEvent.TYPE, RETURNED, 4, new ProductRestoredIntegrationEvent(
                        RETURNED, 4, "DISCONTINUED", "UNPUBLISHED", sku(RETURNED), variants(RETURNED, "XL"),
                        variants(RETURNED, "XL", "XXL"))),
                events.record(ProductPublishedIntegrationEvent.TYPE, RETURNED, 5,
                        new ProductPublishedIntegrationEvent(RETURNED, 5, "UNPUBLISHED", "PUBLISHED"))));
        try (KafkaProducer<String, byte[]> producer = SubscriberEngines.producer()) {
            send.forEach(producer::send);
            producer.flush();
        }
        ENGINES.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StateTopicBootstrap bootstrap;

    @Test
    void bootstrapsFromTheStatesThenAppliesOnlyTheNewerEventsOnce() {
        await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(row(GROWN)).isEqualTo(new StockItemRow(List.of(sku(GROWN), sku(GROWN) + "-XL", sku(GROWN) + "-XXL"),
                        "PUBLISHED", true, 3)));
        assertThat(row(GONE)).as("the tombstone keeps its older events stale")
                .isEqualTo(new StockItemRow(List.of(), "DISCONTINUED", false, 2));
        assertThat(row(STATE_ONLY)).isEqualTo(new StockItemRow(List.of(sku(STATE_ONLY)), "DRAFT", false, 0));
        await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> assertThat(row(RETURNED))
                .as("the restore brings back the SKUs the tombstone dropped; publishing it makes the staged one buyable")
                .isEqualTo(new StockItemRow(List.of(sku(RETURNED), sku(RETURNED) + "-XL", sku(RETURNED) + "-XXL"),
                        "PUBLISHED", true, 5)));
        assertThat(jdbc.queryForMap("SELECT records, max_position FROM inventory.state_bootstrap"))
                .containsEntry("records", 5L).containsEntry("max_position", 110L);

        bootstrap.runOnce();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM inventory.state_bootstrap", Long.class))
                .as("a restarted subscriber follows the event topic; it never bootstraps twice").isEqualTo(1);
    }

    private StockItemRow row(String productId) {
        return jdbc.queryForObject("SELECT * FROM inventory.stock_item WHERE product_id = ?", (rs, i) ->
                new StockItemRow(Arrays.asList((String[]) rs.getArray("skus").getArray()), rs.getString("status"),
                        rs.getBoolean("sellable"), rs.getLong("last_sequence")), productId);
    }

    private static List<ProductVariantV1> variants(String productId, String... sizes) {
        return Arrays.stream(sizes).map(size -> new ProductVariantV1("v-" + size, sku(productId) + "-" + size,
                Map.of("size", size), List.<PriceV1>of())).toList();
    }

    private static ProducerRecord<String, byte[]> state(String productId, long sequence, long position, String status,
                                                        String... sizes) {
        List<ProductVariantV1> variants = variants(productId, sizes);
        return CatalogRecords.state(ENGINES.stateTopic, productId, sequence, position, new ProductStateV1(productId,
                sequence, position, "seller-1", status, sku(productId), "en", Map.of("en", "Shelf"), "shelf-" + productId,
                Map.of(), Map.of(), Map.of(), null, null, List.of(new PriceV1(1999, "EUR")), List.of(), variants, List.of(),
                false));
    }

    private static ProducerRecord<String, byte[]> created(CatalogRecords events, String productId) {
        return events.record(ProductCreatedIntegrationEvent.TYPE, productId, 0, new ProductCreatedIntegrationEvent(
                productId, "seller-1", 0, "Shelf", null, sku(productId), new PriceV1(1999, "EUR"), "DRAFT", "en",
                Map.of("en", "Shelf"), "shelf-" + productId, Map.of(), Map.of(), List.of(new PriceV1(1999, "EUR")),
                List.of(), Map.of(), null, null));
    }

    private static ProducerRecord<String, byte[]> published(CatalogRecords events, String productId, long sequence) {
        return events.record(ProductPublishedIntegrationEvent.TYPE, productId, sequence,
                new ProductPublishedIntegrationEvent(productId, sequence, "DRAFT", "PUBLISHED"));
    }

    private static ProducerRecord<String, byte[]> variantAdded(CatalogRecords events, String productId, long sequence,
                                                               String size) {
        return events.record(ProductVariantAddedIntegrationEvent.TYPE, productId, sequence,
                new ProductVariantAddedIntegrationEvent(productId, sequence, "v-" + size, sku(productId) + "-" + size,
                        Map.of("size", size), List.of(), false));
    }

    private static String sku(String productId) {
        return "SKU-" + productId.substring(0, 8).toUpperCase();
    }
}
