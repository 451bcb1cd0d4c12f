package com.catalog.query.product.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductReferenceReassignedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.query.product.ProductEvents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How each product event changes the figures' row, without a database. */
class ProductFactsTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private final String id = UUID.randomUUID().toString();

    @Test
    void a_staged_category_change_reaches_buyers_only_when_the_staged_changes_are_published() {
        ProductFacts published = created("cat-a").after(new ProductPublishedEvent(id, ProductStatus.DRAFT), 1, AT);

        ProductFacts edited = published.after(categoryChange("cat-a", "cat-b", true), 2, AT);
        assertThat(edited.currentCategoryId()).isEqualTo("cat-a");
        assertThat(edited.stagedCategoryId()).isEqualTo("cat-b");
        assertThat(edited.after(new ProductStagedChangesPublishedEvent(id), 3, AT).currentCategoryId()).isEqualTo("cat-b");
        assertThat(edited.after(new ProductStagedChangesDiscardedEvent(id), 3, AT).stagedCategoryId()).isEqualTo("cat-a");
    }

    @Test
    void a_draft_edit_applies_at_once_and_a_reassignment_moves_current_and_staged() {
        ProductFacts draft = created("cat-a").after(categoryChange("cat-a", "cat-b", false), 1, AT);
        assertThat(draft.currentCategoryId()).isEqualTo("cat-b");

        ProductFacts moved = draft.after(new ProductReferenceReassignedEvent(id, "categoryId", "cat-b", "cat-c"), 2, AT);
        assertThat(moved.currentCategoryId()).isEqualTo("cat-c");
        assertThat(moved.stagedCategoryId()).isEqualTo("cat-c");
        assertThat(moved.changeCount()).isEqualTo(2);
        assertThat(moved.lastSequence()).isEqualTo(2);
    }

    @Test
    void a_price_change_replaces_the_price_where_it_stood_and_a_restore_takes_the_status_back() {
        ProductFacts repriced = created(null).after(new ProductPriceChangedEvent(id, 1000, "EUR", 800, "EUR", false), 1, AT);
        assertThat(repriced.prices()).containsExactly(new CurrencyAmount("EUR", 800));
        Map<String, Long> changes = PriceChanges.between(
                List.of(new CurrencyAmount("EUR", 1000), new CurrencyAmount("USD", 5)), repriced.prices());
        assertThat(changes).containsOnlyKeys("EUR", "USD").containsEntry("EUR", 800L);
        assertThat(changes.get("USD")).as("removed").isNull();

        ProductFacts restored = repriced.after(new ProductRestoredEvent(id, ProductStatus.UNPUBLISHED), 2, AT);
        assertThat(restored.status()).isEqualTo(com.catalog.query.product.ProductStatus.UNPUBLISHED);
    }

    @Test
    void a_staged_price_waits_for_the_publish_and_a_discard_drops_it() {
        ProductFacts published = created(null).after(new ProductPublishedEvent(id, ProductStatus.DRAFT), 1, AT);

        ProductFacts staged = published.after(new ProductPriceChangedEvent(id, 1000, "EUR", 800, "EUR", true), 2, AT);
        assertThat(staged.prices()).containsExactly(new CurrencyAmount("EUR", 1000));
        assertThat(staged.stagedPrices()).containsExactly(new CurrencyAmount("EUR", 800));
        ProductFacts unstagedMeanwhile = staged.after(new ProductPriceChangedEvent(id, 1000, "EUR", 900, "EUR", false), 3, AT);
        assertThat(unstagedMeanwhile.prices()).containsExactly(new CurrencyAmount("EUR", 900));
        assertThat(unstagedMeanwhile.stagedPrices()).containsExactly(new CurrencyAmount("EUR", 800));

        ProductFacts live = unstagedMeanwhile.after(new ProductStagedChangesPublishedEvent(id), 4, AT);
        assertThat(live.prices()).containsExactly(new CurrencyAmount("EUR", 800));
        assertThat(live.stagedPrices()).isNull();
        ProductFacts dropped = staged.after(new ProductStagedChangesDiscardedEvent(id), 3, AT);
        assertThat(dropped.prices()).containsExactly(new CurrencyAmount("EUR", 1000));
        assertThat(dropped.stagedPrices()).isNull();
    }

    private ProductFacts created(String categoryId) {
        return ProductFacts.created(ProductEvents.inCategoryOfBrand(
                ProductEvents.created(id, "seller-1", "Desk", null, "SKU-1", 1000, "EUR"), categoryId, null), 0, AT);
    }

    private ProductDetailsChangedEvent categoryChange(String from, String to, boolean staged) {
        return new ProductDetailsChangedEvent(id, List.of("categoryId"), fields(from), fields(to), staged);
    }

    private static ProductDetailFields fields(String categoryId) {
        return new ProductDetailFields(null, null, null, null, null, null, categoryId, null);
    }
}
