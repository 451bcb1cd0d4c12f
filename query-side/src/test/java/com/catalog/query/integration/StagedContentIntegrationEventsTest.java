package com.catalog.query.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.integration.ProductImageAddedIntegrationEvent;
import com.catalog.events.integration.ProductPriceChangedIntegrationEvent;
import com.catalog.events.integration.ProductVariantAddedIntegrationEvent;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCostPriceChangedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Staged variant, price and image changes are public like staged details: flagged {@code staged}, for subscribers to
 * apply on staged-changes-published. The cost price is never public.
 */
class StagedContentIntegrationEventsTest {

    private static final String ID = UUID.randomUUID().toString();
    private static final EventCoordinates AT = new EventCoordinates("event-1", 4, Instant.parse("2025-01-02T03:04:05Z"), 17);

    private final ProductIntegrationEvents events = new ProductIntegrationEvents(
            TestIntegrationProperties.defaults(), new InMemoryAggregateHistory());
    private final IntegrationRecords kafka = new IntegrationRecords(new ObjectMapper());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void staged_variant_price_and_image_changes_say_so_and_match_their_schemas() throws Exception {
        assertStaged(new ProductVariantAddedEvent(ID, "v-1", "TRAIL-42", Map.of("size", "42"), List.of(), true),
                ProductVariantAddedIntegrationEvent.TYPE, true);
        assertStaged(new ProductPriceChangedEvent(ID, 1999, "EUR", 2499, "EUR", true),
                ProductPriceChangedIntegrationEvent.TYPE, true);
        assertStaged(new ProductImageAddedEvent(ID, "i-1", "https://cdn.example.com/1.jpg", "", false),
                ProductImageAddedIntegrationEvent.TYPE, false);
    }

    @Test
    void a_cost_price_change_is_never_published() {
        ProductCostPriceChangedEvent changed = new ProductCostPriceChangedEvent(ID, null, new CurrencyAmount("EUR", 900));

        assertThat(events.of(changed, AT)).isEmpty();
    }

    private void assertStaged(Object internal, String type, boolean staged) throws Exception {
        IntegrationEventEnvelope envelope = events.of(internal, AT).orElseThrow();
        byte[] body = kafka.record(envelope).value();

        assertThat(envelope.type()).isEqualTo(type);
        assertThat(json.readTree(body).path("staged").asBoolean()).isEqualTo(staged);
        assertThat(IntegrationEventSchema.ofType(type).violations(body)).isEmpty();
    }
}
