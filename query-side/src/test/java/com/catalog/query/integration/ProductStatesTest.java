package com.catalog.query.integration;

import com.catalog.events.integration.ProductStateV1;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductEvent;
import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.query.integration.state.ProductPublicState;
import com.catalog.query.product.ProductEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state publisher's incremental states equal the states folded from the whole history, event after event,
 * while the history is read only on a miss: after a restart, a redelivery, or an eviction.
 */
class ProductStatesTest {

    private final InMemoryAggregateHistory store = new InMemoryAggregateHistory();

    @Test
    void everyIncrementalStateEqualsTheHistoryFoldedStateAndTheHistoryIsReadOnce() {
        String id = UUID.randomUUID().toString();
        ProductStates states = states(100);

        for (ProductEvent event : lifeOf(id)) {
            long sequence = store.append(id, event);
            assertThat(publicState(states.after(event, sequence), sequence)).as("after event %d", sequence)
                    .isEqualTo(folded(id, sequence));
        }

        assertThat(store.reads()).as("only the first event missed").isEqualTo(1);
    }

    @Test
    void aRedeliveryARestartAndAnEvictionFallBackToTheHistoryAndStayEqual() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        List<ProductEvent> aEvents = lifeOf(a);
        List<ProductEvent> bEvents = lifeOf(b);
        ProductStates states = states(1);
        for (int i = 0; i < aEvents.size(); i++) {
            // two products through a cache of one: each event of one evicts the other
            assertThat(publicState(states.after(aEvents.get(i), store.append(a, aEvents.get(i))), i)).isEqualTo(folded(a, i));
            assertThat(publicState(states.after(bEvents.get(i), store.append(b, bEvents.get(i))), i)).isEqualTo(folded(b, i));
        }
        int evictedReads = store.reads();

        // a failed batch is handled again from its first event: the cache is ahead, so it must not apply on top
        assertThat(publicState(states.after(bEvents.get(3), 3), 3)).isEqualTo(folded(b, 3));
        // a restarted publisher starts with no cache at all
        ProductStates restarted = states(100);
        ProductEvent next = new ProductFeaturedEvent(a);
        long sequence = store.append(a, next);
        assertThat(publicState(restarted.after(next, sequence), sequence)).isEqualTo(folded(a, sequence));

        assertThat(evictedReads).isEqualTo(2 * aEvents.size());
        assertThat(store.reads()).isEqualTo(evictedReads + 2);
    }

    private ProductStates states(int capacity) {
        IntegrationProperties properties = new IntegrationProperties(3, (short) 1, URI.create("urn:catalog:command-side"),
                Duration.ofSeconds(5), Duration.ofSeconds(5), TestIntegrationProperties.defaults().stateTopic(), capacity);
        return new ProductStates(store, properties, new SimpleMeterRegistry());
    }

    private Optional<ProductStateV1> folded(String id, long sequence) {
        return ProductPublicState.of(store.firstOf(id, (int) sequence + 1), 1000 + sequence);
    }

    private static Optional<ProductStateV1> publicState(ProductPublicState state, long sequence) {
        assertThat(state.sequence()).isEqualTo(sequence);
        return state.toPublic(1000 + sequence);
    }

    /** Every kind of change a product's state follows: staged and live edits, an undo, a discontinuation, a restore. */
    private static List<ProductEvent> lifeOf(String id) {
        ProductDetailFields before = new ProductDetailFields(null, Map.of(), null, null, null, null, null, null);
        ProductDetailFields renamed = new ProductDetailFields(null, Map.of("en", "Trail runner"), null, null, null, null,
                null, null);
        ProductDetailFields atVersion = new ProductDetailFields("en", Map.of("en", "Trail shoe"), "trail-shoe", Map.of(),
                Map.of(), Map.of(), null, null);
        return List.of(
                ProductEvents.created(id, "seller-1", "Trail shoe", "Light", "TRAIL-" + id.substring(0, 4), 1999, "EUR"),
                new ProductVariantAddedEvent(id, "v-1", "TRAIL-42-" + id, Map.of("size", "42"), List.of(), false),
                new ProductPublishedEvent(id, ProductStatus.DRAFT),
                new ProductDetailsChangedEvent(id, List.of("name"), before, renamed, true),
                new ProductPriceChangedEvent(id, 1999, "EUR", 2499, "EUR", false),
                new ProductVariantAddedEvent(id, "v-2", "TRAIL-43-" + id, Map.of("size", "43"), List.of(), true),
                new ProductImageAddedEvent(id, "i-1", "https://cdn.example.com/1.jpg", "Front", true),
                new ProductStagedChangesPublishedEvent(id),
                new ProductVariantRemovedEvent(id, "v-1", "TRAIL-42-" + id, true),
                new ProductStagedChangesDiscardedEvent(id),
                new ProductRevertedEvent(id, 2, atVersion, atVersion, List.of(new CurrencyAmount("EUR", 1999)), List.of(),
                        List.of(new ProductRevertedEvent.Variant("v-1", "TRAIL-42-" + id, Map.of("size", "42"), List.of())),
                        List.of(), List.of(new CurrencyAmount("EUR", 1999)), List.of(), List.of(), List.of()),
                new ProductUnpublishedEvent(id, ProductStatus.PUBLISHED),
                new ProductDiscontinuedEvent(id, ProductStatus.UNPUBLISHED),
                new ProductRestoredEvent(id, ProductStatus.UNPUBLISHED),
                new ProductPublishedEvent(id, ProductStatus.UNPUBLISHED));
    }
}
