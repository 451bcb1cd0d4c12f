package com.catalog.query.integration;

import com.catalog.events.integration.ProductRevertedIntegrationEvent;
import com.catalog.events.product.ProductRevertedEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.integration.ProductCreatedIntegrationEvent;
import com.catalog.events.integration.ProductPricesChangedIntegrationEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.integration.ProductDetailsChangedIntegrationEvent;
import com.catalog.events.integration.ProductStagedChangesDiscardedIntegrationEvent;
import com.catalog.events.integration.ProductStagedChangesPublishedIntegrationEvent;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The public form of localized creation, detail changes and staged publication. */
class ProductDetailsIntegrationEventsTest {

    private static final String ID = UUID.randomUUID().toString();
    private static final EventCoordinates AT = new EventCoordinates("event-1", 3, Instant.parse("2025-01-02T03:04:05Z"), 4711);

    private final InMemoryAggregateHistory history = new InMemoryAggregateHistory();
    private final ProductIntegrationEvents events = new ProductIntegrationEvents(TestIntegrationProperties.defaults(), history);
    private final IntegrationRecords kafka = new IntegrationRecords(new ObjectMapper());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_created_event_carries_every_locale_and_price_but_never_the_cost_price() throws Exception {
        ProductCreatedEvent created = new ProductCreatedEvent(ID, "seller-1", "de", Map.of("de", "Tisch", "en", "Table"),
                "tisch", Map.of(), Map.of(), "T-1", List.of(new CurrencyAmount("CHF", 5000), new CurrencyAmount("EUR", 4900)),
                List.of(), new CurrencyAmount("CHF", 2000), Map.of("wood", "oak"), "tables", null);

        byte[] body = kafka.record(events.of(created, AT).orElseThrow()).value();

        JsonNode tree = json.readTree(body);
        assertThat(tree.path("name").asText()).isEqualTo("Tisch");
        assertThat(tree.path("price").path("currency").asText()).isEqualTo("CHF");
        assertThat(tree.path("prices")).hasSize(2);
        assertThat(tree.path("names").path("en").asText()).isEqualTo("Table");
        assertThat(tree.toString()).doesNotContain("2000").doesNotContain("costPrice");
        assertThat(IntegrationEventSchema.ofType(ProductCreatedIntegrationEvent.TYPE).violations(body)).isEmpty();
    }

    @Test
    void a_details_change_names_the_changed_fields_publicly_and_carries_only_them() throws Exception {
        ProductDetailsChangedEvent changed = new ProductDetailsChangedEvent(ID, List.of("name", "categoryId"),
                new ProductDetailFields(null, Map.of("en", "Table"), null, null, null, null, "tables", null),
                new ProductDetailFields(null, Map.of("en", "Desk"), null, null, null, null, null, null), true);

        byte[] body = kafka.record(events.of(changed, AT).orElseThrow()).value();

        JsonNode tree = json.readTree(body);
        assertThat(tree.path("changedFields")).extracting(JsonNode::asText).containsExactly("names", "categoryId");
        assertThat(tree.path("before").path("categoryId").asText()).isEqualTo("tables");
        assertThat(tree.path("after").path("categoryId").isNull()).isTrue();
        assertThat(tree.path("after").path("slug").isNull()).isTrue();
        assertThat(tree.path("staged").asBoolean()).isTrue();
        assertThat(IntegrationEventSchema.ofType(ProductDetailsChangedIntegrationEvent.TYPE).violations(body)).isEmpty();
    }

    @Test
    void an_undo_carries_the_whole_restored_state_with_the_products_own_sku_and_matches_its_schema() throws Exception {
        history.append(ID, new ProductCreatedEvent(ID, "seller-1", "en", Map.of("en", "Table"), "table", Map.of(), Map.of(),
                "T-1", List.of(new CurrencyAmount("EUR", 4900)), List.of(), new CurrencyAmount("EUR", 2000),
                Map.of("wood", "oak"), "tables", null));
        ProductDetailFields details = new ProductDetailFields("en", Map.of("en", "Table"), "table", Map.of(), Map.of(),
                Map.of("wood", "oak"), "tables", null);
        ProductRevertedEvent reverted = new ProductRevertedEvent(ID, 1, details, details,
                List.of(new CurrencyAmount("EUR", 4900)), List.of(),
                List.of(new ProductRevertedEvent.Variant("v-1", "T-1-S", Map.of("size", "S"), List.of())),
                List.of(new ProductRevertedEvent.Image("img-1", "https://cdn.example.com/1.jpg", "Front")),
                List.of(new CurrencyAmount("EUR", 5900)), List.of(),
                List.of(new ProductRevertedEvent.Variant("v-1", "T-1-S", Map.of("size", "S"), List.of()),
                        new ProductRevertedEvent.Variant("v-2", "T-1-M", Map.of("size", "M"), List.of())),
                List.of());

        IntegrationEventEnvelope envelope = events.of(reverted, AT).orElseThrow();
        byte[] body = kafka.record(envelope).value();

        JsonNode tree = json.readTree(body);
        assertThat(envelope.type()).isEqualTo(ProductRevertedIntegrationEvent.TYPE);
        assertThat(tree.path("revertedToVersion").asLong()).isEqualTo(1);
        assertThat(tree.path("current").path("names").path("en").asText()).isEqualTo("Table");
        assertThat(tree.path("variants").get(0).path("sku").asText()).isEqualTo("T-1-S");
        assertThat(tree.path("images").get(0).path("altText").asText()).isEqualTo("Front");
        assertThat(tree.path("variants")).as("buyers can buy the current variants only").hasSize(1);
        assertThat(tree.path("prices").get(0).path("amount").asLong()).isEqualTo(4900);
        assertThat(tree.path("stagedPrices").get(0).path("amount").asLong()).isEqualTo(5900);
        assertThat(tree.path("stagedVariants").get(1).path("sku").asText()).isEqualTo("T-1-M");
        assertThat(tree.path("stagedImages")).isEmpty();
        assertThat(tree.path("sku").asText()).as("read from the creation event").isEqualTo("T-1");
        assertThat(IntegrationEventSchema.ofType(ProductRevertedIntegrationEvent.TYPE).violations(body)).isEmpty();
    }

    @Test
    void a_price_list_change_carries_both_lists_before_and_after() throws Exception {
        ProductPricesChangedEvent changed = new ProductPricesChangedEvent(ID, List.of(new CurrencyAmount("EUR", 1999)),
                List.of(new CurrencyAmount("EUR", 1899), new CurrencyAmount("USD", 2099)), List.of(),
                List.of(new CurrencyAmount("EUR", 2499)), false);

        byte[] body = kafka.record(events.of(changed, AT).orElseThrow()).value();

        assertThat(json.readTree(body).path("pricesAfter")).hasSize(2);
        assertThat(IntegrationEventSchema.ofType(ProductPricesChangedIntegrationEvent.TYPE).violations(body)).isEmpty();
    }

    @Test
    void publishing_and_discarding_staged_changes_are_public_events_too() throws Exception {
        byte[] published = kafka.record(events.of(new ProductStagedChangesPublishedEvent(ID), AT).orElseThrow()).value();
        byte[] discarded = kafka.record(events.of(new ProductStagedChangesDiscardedEvent(ID), AT).orElseThrow()).value();

        assertThat(IntegrationEventSchema.ofType(ProductStagedChangesPublishedIntegrationEvent.TYPE).violations(published)).isEmpty();
        assertThat(IntegrationEventSchema.ofType(ProductStagedChangesDiscardedIntegrationEvent.TYPE).violations(discarded)).isEmpty();
    }
}
