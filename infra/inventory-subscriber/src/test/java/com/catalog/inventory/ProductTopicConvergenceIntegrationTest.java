package com.catalog.inventory;

import com.catalog.events.integration.PriceV1;
import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductDetailsV1;
import com.catalog.events.integration.ProductDiscontinuedIntegrationEvent;
import com.catalog.events.integration.ProductPriceChangedIntegrationEvent;
import com.catalog.events.integration.ProductPublishedIntegrationEvent;
import com.catalog.events.integration.ProductRestoredIntegrationEvent;
import com.catalog.events.integration.ProductRevertedIntegrationEvent;
import com.catalog.events.integration.ProductStagedChangesDiscardedIntegrationEvent;
import com.catalog.events.integration.ProductStagedChangesPublishedIntegrationEvent;
import com.catalog.events.integration.ProductUnpublishedIntegrationEvent;
import com.catalog.events.integration.ProductVariantAddedIntegrationEvent;
import com.catalog.events.integration.ProductVariantChangedIntegrationEvent;
import com.catalog.events.integration.ProductVariantRemovedIntegrationEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The subscriber against real Kafka and PostgreSQL: records written exactly as the catalog publishes them, with
 * redeliveries, stale sequences, an unknown type and a broken record mixed in, must converge to the same table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ProductTopicConvergenceIntegrationTest {

    static final SubscriberEngines ENGINES = new SubscriberEngines();
    /** A type a later catalog might publish: this subscriber must skip it without remembering it as handled. */
    static final String UNKNOWN_TYPE = "com.catalog.product.gift-wrap-changed.v1";

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        SubscriberEngines.createTopic(ENGINES.topic, 3);
        ENGINES.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    final CatalogRecords records = new CatalogRecords(ENGINES.topic);

    @Test
    void convergesUnderDuplicatesStaleRedeliveriesUnknownTypesAndBrokenRecords() {
        String a = id(), b = id(), c = id(), d = id();
        List<ProducerRecord<String, byte[]>> send = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> aEvents = List.of(created(a, "SKU-A"), published(a, 1),
                priceChanged(a, 2), unpublished(a, 3), published(a, 4));
        List<ProducerRecord<String, byte[]>> bEvents = List.of(created(b, "SKU-B"), published(b, 1), discontinued(b, 2));
        List<ProducerRecord<String, byte[]>> dEvents = List.of(created(d, "SKU-D"), published(d, 1),
                records.record(UNKNOWN_TYPE, d, 2, Map.of("productId", d, "sequence", 2, "giftWrap", true)),
                discontinued(d, 3), restored(d, 4, "SKU-D"));
        send.addAll(aEvents);
        send.addAll(bEvents);
        send.add(created(c, "SKU-C"));
        send.addAll(dEvents);
        // the publisher re-sends after a crash: same ce_id, older than what was applied since
        send.add(CatalogRecords.redelivery(bEvents.get(1)));
        send.add(CatalogRecords.redelivery(bEvents.get(0)));
        dEvents.forEach(r -> send.add(CatalogRecords.redelivery(r)));
        // an old sequence under an id the subscriber never saw: only the sequence guard can stop it
        send.add(unpublished(a, 3));
        // a record without ce_sequence breaks the contract: rejected, not retried for ever
        ProducerRecord<String, byte[]> broken = published(c, 1);
        broken.headers().remove("ce_sequence");
        send.add(broken);
        send.add(published(c, 1));
        double before = unknownTypes();
        produce(send);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(rows(a, b, c, d)).isEqualTo(Map.of(
                    a, new StockItemRow(List.of("SKU-A"), "PUBLISHED", true, 4),
                    b, new StockItemRow(List.of("SKU-B"), "DISCONTINUED", false, 2),
                    c, new StockItemRow(List.of("SKU-C"), "PUBLISHED", true, 1),
                    d, new StockItemRow(List.of("SKU-D"), "UNPUBLISHED", false, 4)));
            assertThat(unknownTypes() - before).isEqualTo(2); // the original and its redelivery
            assertThat(count("inventory.events.rejected")).isGreaterThanOrEqualTo(1);
            // the stale record changes no row, so the rows above can be right before its partition reaches it
            assertThat(count("inventory.events", "outcome", "stale")).isGreaterThanOrEqualTo(1);
        });
        assertThat(meters.find("kafka.consumer.fetch.manager.records.lag.max").gauge())
                .as("consumer lag is exposed").isNotNull();
        assertThat(count("inventory.events", "outcome", "duplicate")).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM inventory.applied_event WHERE product_id = ?", Long.class, d))
                .as("the unknown type is not remembered as handled, so a newer version can still apply it")
                .isEqualTo(4);
    }

    @Test
    void variantsAddAndRemoveSkusOnceEvenWhenRedelivered() {
        String v = id();
        ProducerRecord<String, byte[]> addXl = variantAdded(v, 1, "SKU-V-XL");
        produce(List.of(created(v, "SKU-V"), addXl, variantAdded(v, 2, "SKU-V-XXL"),
                records.record(ProductVariantChangedIntegrationEvent.TYPE, v, 3, new ProductVariantChangedIntegrationEvent(
                        v, 3, "variant-xxl", List.of("options"), Map.of("size", "XXL"), Map.of("size", "2XL"), null, null, false)),
                records.record(ProductVariantRemovedIntegrationEvent.TYPE, v, 4,
                        new ProductVariantRemovedIntegrationEvent(v, 4, "variant-xl", "SKU-V-XL", false)),
                CatalogRecords.redelivery(addXl)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rows(v)).isEqualTo(Map.of(
                v, new StockItemRow(List.of("SKU-V", "SKU-V-XXL"), "DRAFT", false, 4))));
    }

    @Test
    void stagedSkusBecomeBuyableOnlyWhenPublishedAndDiscardedOnesNever() {
        String p = id(), q = id();
        ProducerRecord<String, byte[]> stagedAdd = variantAdded(p, 3, "SKU-P-L", true);
        produce(List.of(created(p, "SKU-P"), variantAdded(p, 1, "SKU-P-M"), published(p, 2), stagedAdd,
                variantRemoved(p, 4, "SKU-P-M", true),
                records.record(ProductStagedChangesPublishedIntegrationEvent.TYPE, p, 5,
                        new ProductStagedChangesPublishedIntegrationEvent(p, 5)),
                CatalogRecords.redelivery(stagedAdd),
                created(q, "SKU-Q"), published(q, 1), variantAdded(q, 2, "SKU-Q-L", true),
                records.record(ProductStagedChangesDiscardedIntegrationEvent.TYPE, q, 3,
                        new ProductStagedChangesDiscardedIntegrationEvent(q, 3)),
                unpublished(q, 4), variantAdded(q, 5, "SKU-Q-XL", true), published(q, 6)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rows(p, q)).isEqualTo(Map.of(
                p, new StockItemRow(List.of("SKU-P", "SKU-P-L"), "PUBLISHED", true, 5),
                q, new StockItemRow(List.of("SKU-Q", "SKU-Q-XL"), "PUBLISHED", true, 6))));
    }

    @Test
    void anUndoResetsTheSkusToTheVersionItRestoresAndItsStagedVariantsWaitForPublication() {
        String u = id(), t = id();
        ProducerRecord<String, byte[]> addM = variantAdded(u, 2, "SKU-U-M");
        produce(List.of(created(u, "SKU-U"), variantAdded(u, 1, "SKU-U-S"), addM, published(u, 3),
                variantRemoved(u, 4, "SKU-U-S", true), variantAdded(u, 5, "SKU-U-L", true),
                // back to a version where buyers saw S only, and XL was staged
                reverted(u, 6, "SKU-U", List.of("SKU-U-S"), List.of("SKU-U-S", "SKU-U-XL")),
                CatalogRecords.redelivery(addM),
                created(t, "SKU-T"), variantAdded(t, 1, "SKU-T-S"),
                // a record published before undo events carried the product's own SKU
                reverted(t, 2, null, List.of(), List.of())));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rows(u, t)).isEqualTo(Map.of(
                u, new StockItemRow(List.of("SKU-U", "SKU-U-S"), "PUBLISHED", true, 6),
                t, new StockItemRow(List.of("SKU-T"), "DRAFT", false, 2))));

        produce(List.of(records.record(ProductStagedChangesPublishedIntegrationEvent.TYPE, u, 7,
                new ProductStagedChangesPublishedIntegrationEvent(u, 7))));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rows(u)).isEqualTo(Map.of(
                u, new StockItemRow(List.of("SKU-U", "SKU-U-S", "SKU-U-XL"), "PUBLISHED", true, 7))));
    }

    @Test
    void stagedSkusWaitWhileTheProductIsPublished() {
        String w = id();
        produce(List.of(created(w, "SKU-W"), published(w, 1), variantAdded(w, 2, "SKU-W-L", true)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(rows(w)).isEqualTo(Map.of(
                w, new StockItemRow(List.of("SKU-W"), "PUBLISHED", true, 2))));
    }

    @Test
    void aFullRedeliveryAfterAnOffsetResetChangesNothing() throws Exception {
        String e = id();
        produce(List.of(created(e, "SKU-E"), published(e, 1), priceChanged(e, 2)));
        await().atMost(Duration.ofSeconds(60)).until(() -> rows(e).containsKey(e) && rows(e).get(e).lastSequence() == 2);
        MessageListenerContainer container = listeners.getListenerContainer(ProductTopicListener.LISTENER_ID);
        container.stop();
        await().until(() -> !container.isRunning());
        List<Map<String, Object>> before = snapshot();
        double duplicates = count("inventory.events", "outcome", "duplicate");
        Map<TopicPartition, Long> end;
        try (AdminClient admin = SubscriberEngines.admin()) {
            end = offsets(admin, OffsetSpec.latest());
            Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
            offsets(admin, OffsetSpec.earliest()).forEach((p, o) -> earliest.put(p, new OffsetAndMetadata(o)));
            // the group must be empty for the reset: the stopped consumer leaves it shortly
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() ->
                    admin.alterConsumerGroupOffsets(ENGINES.group, earliest).all().get());
        }

        container.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> committedOffsets().equals(end));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(count("inventory.events", "outcome", "duplicate") - duplicates)
                .as("every known, well-formed record came again and was recognised").isGreaterThanOrEqualTo(3);
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("SELECT product_id, skus::text, status, sellable, last_sequence, last_position, "
                + "updated_at FROM inventory.stock_item ORDER BY product_id");
    }

    private Map<TopicPartition, Long> committedOffsets() throws Exception {
        try (AdminClient admin = SubscriberEngines.admin()) {
            Map<TopicPartition, Long> committed = new HashMap<>();
            admin.listConsumerGroupOffsets(ENGINES.group).partitionsToOffsetAndMetadata().get()
                    .forEach((p, o) -> committed.put(p, o.offset()));
            return committed;
        }
    }

    private static Map<TopicPartition, Long> offsets(AdminClient admin, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        for (int p = 0; p < 3; p++) {
            request.put(new TopicPartition(ENGINES.topic, p), spec);
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(request).all().get().forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    private void produce(List<ProducerRecord<String, byte[]>> send) {
        try (KafkaProducer<String, byte[]> producer = SubscriberEngines.producer()) {
            send.forEach(producer::send); // one producer, one partition per key: per-key order is kept
            producer.flush();
        }
    }

    private Map<String, StockItemRow> rows(String... productIds) {
        Map<String, StockItemRow> rows = new HashMap<>();
        jdbc.query("SELECT * FROM inventory.stock_item WHERE product_id = ANY (?)", rs -> {
            rows.put(rs.getString("product_id"), new StockItemRow(Arrays.asList((String[]) rs.getArray("skus").getArray()),
                    rs.getString("status"), rs.getBoolean("sellable"), rs.getLong("last_sequence")));
        }, (Object) productIds);
        return rows;
    }

    private double unknownTypes() {
        return count("inventory.events.unknown-type", "type", UNKNOWN_TYPE);
    }

    private double count(String name, String... tags) {
        var counter = meters.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private ProducerRecord<String, byte[]> created(String productId, String sku) {
        return records.record(ProductCreatedIntegrationEvent.TYPE, productId, 0, new ProductCreatedIntegrationEvent(
                productId, "seller-1", 0, "Name " + sku, "Description", sku, new PriceV1(1999, "EUR"), "DRAFT", "en",
                Map.of("en", "Name " + sku), "name-" + sku.toLowerCase(), Map.of("en", "Description"), Map.of(),
                List.of(new PriceV1(1999, "EUR")), List.of(), Map.of(), null, null));
    }

    private ProducerRecord<String, byte[]> variantAdded(String productId, long sequence, String sku) {
        return variantAdded(productId, sequence, sku, false);
    }

    private ProducerRecord<String, byte[]> variantAdded(String productId, long sequence, String sku, boolean staged) {
        return records.record(ProductVariantAddedIntegrationEvent.TYPE, productId, sequence,
                new ProductVariantAddedIntegrationEvent(productId, sequence, "variant-" + sku.toLowerCase(), sku,
                        Map.of("size", sku.substring(sku.lastIndexOf('-') + 1)), List.of(), staged));
    }

    private ProducerRecord<String, byte[]> variantRemoved(String productId, long sequence, String sku, boolean staged) {
        return records.record(ProductVariantRemovedIntegrationEvent.TYPE, productId, sequence,
                new ProductVariantRemovedIntegrationEvent(productId, sequence, "variant-" + sku.toLowerCase(), sku, staged));
    }

    private ProducerRecord<String, byte[]> published(String productId, long sequence) {
        return records.record(ProductPublishedIntegrationEvent.TYPE, productId, sequence,
                new ProductPublishedIntegrationEvent(productId, sequence, "DRAFT", "PUBLISHED"));
    }

    private ProducerRecord<String, byte[]> unpublished(String productId, long sequence) {
        return records.record(ProductUnpublishedIntegrationEvent.TYPE, productId, sequence,
                new ProductUnpublishedIntegrationEvent(productId, sequence, "PUBLISHED", "UNPUBLISHED"));
    }

    private ProducerRecord<String, byte[]> discontinued(String productId, long sequence) {
        return records.record(ProductDiscontinuedIntegrationEvent.TYPE, productId, sequence,
                new ProductDiscontinuedIntegrationEvent(productId, sequence, "PUBLISHED", "DISCONTINUED"));
    }

    private ProducerRecord<String, byte[]> restored(String productId, long sequence, String sku) {
        return records.record(ProductRestoredIntegrationEvent.TYPE, productId, sequence,
                new ProductRestoredIntegrationEvent(productId, sequence, "DISCONTINUED", "UNPUBLISHED", sku, List.of(),
                        List.of()));
    }

    /** An undo to a version whose current and staged variants have these SKUs. */
    private ProducerRecord<String, byte[]> reverted(String productId, long sequence, String sku, List<String> current,
                                                    List<String> staged) {
        ProductDetailsV1 details = new ProductDetailsV1("en", Map.of("en", "Name"), "name", null, null, null, null, null);
        List<PriceV1> prices = List.of(new PriceV1(1999, "EUR"));
        return records.record(ProductRevertedIntegrationEvent.TYPE, productId, sequence, new ProductRevertedIntegrationEvent(
                productId, sequence, 1, details, details, prices, List.of(), revertedVariants(current), List.of(), prices,
                List.of(), revertedVariants(staged), List.of(), sku));
    }

    private static List<ProductRevertedIntegrationEvent.Variant> revertedVariants(List<String> skus) {
        return skus.stream().map(sku -> new ProductRevertedIntegrationEvent.Variant("variant-" + sku.toLowerCase(), sku,
                Map.of(), List.<PriceV1>of())).toList();
    }

    private ProducerRecord<String, byte[]> priceChanged(String productId, long sequence) {
        return records.record(ProductPriceChangedIntegrationEvent.TYPE, productId, sequence,
                new ProductPriceChangedIntegrationEvent(productId, sequence, new PriceV1(1999, "EUR"),
                        new PriceV1(2499, "EUR"), false));
    }
}
