package com.catalog.query.integration.state;

import com.catalog.events.integration.PriceV1;
import com.catalog.events.integration.ProductImageV1;
import com.catalog.events.integration.ProductStateV1;
import com.catalog.events.integration.ProductVariantV1;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductFeaturedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductImagesReorderedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductReferenceReassignedEvent;
import com.catalog.events.product.ProductRestoredEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductUnpublishedEvent;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.query.product.ProductEvents;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The fold behind the state topic and the snapshot: what buyers see, never the staged version. */
class ProductPublicStateTest {

    private static final String ID = UUID.randomUUID().toString();

    private final List<Object> history = new ArrayList<>(List.of(
            ProductEvents.created(ID, "seller-1", "Trail shoe", "Light", "TRAIL-1", 1999, "EUR")));

    @Test
    void aNewProductIsADraftWithItsCreationDetailsSequenceAndPosition() {
        ProductStateV1 state = state(17);

        assertThat(state.status()).isEqualTo("DRAFT");
        assertThat(state.names()).isEqualTo(Map.of("en", "Trail shoe"));
        assertThat(state.sku()).isEqualTo("TRAIL-1");
        assertThat(state.prices()).containsExactly(new PriceV1(1999, "EUR"));
        assertThat(state.sequence()).isZero();
        assertThat(state.position()).isEqualTo(17);
    }

    @Test
    void aStagedDetailsChangeIsNotPublicUntilItsChangesArePublished() {
        history.add(new ProductPublishedEvent(ID, ProductStatus.DRAFT));
        history.add(rename("Trail runner", true));

        assertThat(state(5).names()).as("staged").isEqualTo(Map.of("en", "Trail shoe"));
        assertThat(state(5).sequence()).isEqualTo(2);

        history.add(new ProductStagedChangesPublishedEvent(ID));
        assertThat(state(6).names()).isEqualTo(Map.of("en", "Trail runner"));
    }

    @Test
    void stagedPriceVariantAndImageChangesAreNotPublicUntilPublishedAndADiscardDropsThem() {
        history.add(new ProductPublishedEvent(ID, ProductStatus.DRAFT));
        history.add(new ProductPriceChangedEvent(ID, 1999, "EUR", 2499, "EUR", true));
        history.add(new ProductVariantAddedEvent(ID, "v-1", "TRAIL-42", Map.of("size", "42"), List.of(), true));
        history.add(new ProductImageAddedEvent(ID, "i-1", "https://cdn.example.com/1.jpg", "Front", true));

        ProductStateV1 beforePublishing = state(5);
        assertThat(beforePublishing.prices()).containsExactly(new PriceV1(1999, "EUR"));
        assertThat(beforePublishing.variants()).isEmpty();
        assertThat(beforePublishing.images()).isEmpty();

        history.add(new ProductStagedChangesPublishedEvent(ID));
        ProductStateV1 published = state(6);
        assertThat(published.prices()).containsExactly(new PriceV1(2499, "EUR"));
        assertThat(published.variants()).extracting(ProductVariantV1::sku).containsExactly("TRAIL-42");
        assertThat(published.images()).extracting(ProductImageV1::imageId).containsExactly("i-1");

        history.add(new ProductVariantRemovedEvent(ID, "v-1", "TRAIL-42", true));
        history.add(new ProductStagedChangesDiscardedEvent(ID));
        assertThat(state(8).variants()).as("the discarded removal").extracting(ProductVariantV1::sku)
                .containsExactly("TRAIL-42");
    }

    @Test
    void discardedStagedChangesNeverBecomePublic() {
        history.add(new ProductPublishedEvent(ID, ProductStatus.DRAFT));
        history.add(rename("Trail runner", true));
        history.add(new ProductStagedChangesDiscardedEvent(ID));
        history.add(new ProductUnpublishedEvent(ID, ProductStatus.PUBLISHED));
        history.add(new ProductPublishedEvent(ID, ProductStatus.UNPUBLISHED));

        assertThat(state(9).names()).isEqualTo(Map.of("en", "Trail shoe"));
    }

    @Test
    void republishingAnUnpublishedProductMakesItsStagedChangesPublic() {
        history.add(new ProductPublishedEvent(ID, ProductStatus.DRAFT));
        history.add(new ProductUnpublishedEvent(ID, ProductStatus.PUBLISHED));
        history.add(rename("Trail runner", true));
        assertThat(state(4).status()).isEqualTo("UNPUBLISHED");
        assertThat(state(4).names()).isEqualTo(Map.of("en", "Trail shoe"));

        history.add(new ProductPublishedEvent(ID, ProductStatus.UNPUBLISHED));
        assertThat(state(5).status()).isEqualTo("PUBLISHED");
        assertThat(state(5).names()).isEqualTo(Map.of("en", "Trail runner"));
    }

    @Test
    void aDraftsChangesApplyAtOnceAndLiveChangesKeepPendingStagedEdits() {
        history.add(rename("Trail runner", false));
        assertThat(state(2).names()).isEqualTo(Map.of("en", "Trail runner"));

        history.add(new ProductPublishedEvent(ID, ProductStatus.DRAFT));
        history.add(rename("Mountain runner", true));
        history.add(new ProductReferenceReassignedEvent(ID, "categoryId", "old", "new"));
        history.add(new ProductPriceChangedEvent(ID, 1999, "EUR", 2499, "EUR", false));
        history.add(new ProductStagedChangesPublishedEvent(ID));

        ProductStateV1 state = state(9);
        assertThat(state.names()).isEqualTo(Map.of("en", "Mountain runner"));
        assertThat(state.prices()).containsExactly(new PriceV1(2499, "EUR"));
    }

    @Test
    void variantsImagesAndFeaturingFollowTheirEvents() {
        history.add(new ProductVariantAddedEvent(ID, "v-1", "TRAIL-42", Map.of("size", "42"), List.of(), false));
        history.add(new ProductVariantAddedEvent(ID, "v-2", "TRAIL-43", Map.of("size", "43"), List.of(), false));
        history.add(new ProductVariantChangedEvent(ID, "v-2", List.of("prices"), Map.of("size", "43"),
                Map.of("size", "43"), List.of(), List.of(new CurrencyAmount("EUR", 2199)), false));
        history.add(new ProductVariantRemovedEvent(ID, "v-1", "TRAIL-42", false));
        history.add(new ProductImageAddedEvent(ID, "i-1", "https://cdn.example.com/1.jpg", "Front", false));
        history.add(new ProductImageAddedEvent(ID, "i-2", "https://cdn.example.com/2.jpg", null, false));
        history.add(new ProductImagesReorderedEvent(ID, List.of("i-1", "i-2"), List.of("i-2", "i-1"), false));
        history.add(new ProductFeaturedEvent(ID));

        ProductStateV1 state = state(30);
        assertThat(state.variants()).containsExactly(new ProductVariantV1("v-2", "TRAIL-43", Map.of("size", "43"),
                List.of(new PriceV1(2199, "EUR"))));
        assertThat(state.images()).extracting(ProductImageV1::imageId).containsExactly("i-2", "i-1");
        assertThat(state.featured()).isTrue();
    }

    @Test
    void aDiscontinuedProductHasNoStateUntilRestored() {
        history.add(new ProductPublishedEvent(ID, ProductStatus.DRAFT));
        history.add(new ProductDiscontinuedEvent(ID, ProductStatus.PUBLISHED));
        assertThat(ProductPublicState.of(history, 3)).as("tombstone").isEmpty();

        history.add(new ProductRestoredEvent(ID, ProductStatus.PUBLISHED));
        assertThat(state(4).status()).isEqualTo("PUBLISHED");
    }

    @Test
    void anUndoReplacesBothVersionsAndTheStagedOneBecomesPublicOnlyWhenPublished() {
        history.add(new ProductVariantAddedEvent(ID, "v-1", "TRAIL-42", Map.of("size", "42"), List.of(), false));
        history.add(new ProductPublishedEvent(ID, ProductStatus.DRAFT));
        history.add(new ProductVariantAddedEvent(ID, "v-2", "TRAIL-43", Map.of("size", "43"), List.of(), false));
        ProductDetailFields then = new ProductDetailFields("en", Map.of("en", "Trail classic"), "trail-classic", Map.of(),
                Map.of(), Map.of(), null, null);
        history.add(new ProductRevertedEvent(ID, 1, then, then, List.of(new CurrencyAmount("EUR", 1799)), List.of(),
                List.of(new ProductRevertedEvent.Variant("v-1", "TRAIL-42", Map.of("size", "42"), List.of())), List.of(),
                List.of(new CurrencyAmount("EUR", 1799)), List.of(),
                List.of(new ProductRevertedEvent.Variant("v-1", "TRAIL-42", Map.of("size", "42"), List.of()),
                        new ProductRevertedEvent.Variant("v-9", "TRAIL-44", Map.of("size", "44"), List.of())), List.of()));

        ProductStateV1 reverted = state(5);
        assertThat(reverted.names()).isEqualTo(Map.of("en", "Trail classic"));
        assertThat(reverted.prices()).containsExactly(new PriceV1(1799, "EUR"));
        assertThat(reverted.variants()).extracting(ProductVariantV1::sku).containsExactly("TRAIL-42");
        assertThat(reverted.status()).as("an undo keeps the status").isEqualTo("PUBLISHED");

        history.add(new ProductStagedChangesPublishedEvent(ID));
        assertThat(state(6).variants()).extracting(ProductVariantV1::sku).containsExactly("TRAIL-42", "TRAIL-44");
    }

    private ProductDetailsChangedEvent rename(String name, boolean staged) {
        return new ProductDetailsChangedEvent(ID, List.of("name"), details(Map.of()), details(Map.of("en", name)), staged);
    }

    private static ProductDetailFields details(Map<String, String> name) {
        return new ProductDetailFields(null, name, null, null, null, null, null, null);
    }

    private ProductStateV1 state(long position) {
        return ProductPublicState.of(history, position).orElseThrow();
    }
}
