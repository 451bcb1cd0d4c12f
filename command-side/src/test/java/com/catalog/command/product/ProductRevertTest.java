package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ADMIN;
import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OTHER_SELLER;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;
import static com.catalog.command.product.ProductFixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.discardstaged.DiscardStagedChangesCommand;
import com.catalog.command.product.restore.RevertProductCommand;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRevertedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** Undo to a version: one compensating event with the state of that version; the rules of any edit still hold. */
class ProductRevertTest {

    private static final String V1 = "11111111-1111-1111-1111-111111111111";
    private static final Map<String, String> RED = Map.of("colour", "red");
    private static final List<CurrencyAmount> EUR_1999 = List.of(new CurrencyAmount("EUR", 1999));
    private static final List<CurrencyAmount> EUR_2499 = List.of(new CurrencyAmount("EUR", 2499));
    private static final List<CurrencyAmount> EUR_2999 = List.of(new CurrencyAmount("EUR", 2999));
    private static final ProductRevertedEvent.Variant RED_42 = new ProductRevertedEvent.Variant(V1, "TRAIL-42-RED", RED,
            List.of());
    private static final ProductRevertedEvent.Image FRONT = new ProductRevertedEvent.Image("img-1",
            "https://cdn.example.com/1.jpg", "Front");

    private final InMemorySkuReservations skus = new InMemorySkuReservations();
    private final InMemorySlugReservations slugs = new InMemorySlugReservations();

    @Test
    void details_prices_variants_and_images_go_back_to_the_version_and_status_stays() {
        Object[] history = {created(), imageAdded(false), renamed("Trail shoe", "Road shoe", false),
                new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT), repriced(1999, 2499, true),
                variantAdded("TRAIL-42-RED", true), renamed("Road shoe", "Race shoe", true)};
        skus.reserve(Sku.of("TRAIL-42-RED"), ID);

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, 6L, 1))
                .expectEvents(unstaged(1, details("Trail shoe"), EUR_1999, List.of(), List.of(FRONT)));
        assertThat(skus.ownerOf(Sku.of("TRAIL-42-RED"))).as("the variant that goes frees its SKU").isNull();
    }

    @Test
    void a_version_with_staged_changes_restores_both_the_current_and_the_staged_details() {
        Object[] history = {created(), new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT),
                renamed("Trail shoe", "Road shoe", true), renamed("Road shoe", "Race shoe", true)};

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, ADMIN, null, 2))
                .expectEvents(new ProductRevertedEvent(ID.value(), 2, details("Trail shoe"), details("Road shoe"),
                        EUR_1999, List.of(), List.of(), List.of(), EUR_1999, List.of(), List.of(), List.of()));
    }

    @Test
    void a_variant_that_comes_back_claims_its_sku_again_unless_another_product_took_it() {
        Object[] history = {created(), variantAdded("TRAIL-42-RED", false), new ProductVariantRemovedEvent(ID.value(), V1, "TRAIL-42-RED", false),
                repriced(1999, 2499, false)};
        skus.reserve(Sku.of("TRAIL-42-RED"), ProductId.newId());

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectException(withCode("sku-taken"))
                .expectNoEvents();
    }

    @Test
    void a_variant_that_comes_back_with_a_free_sku_holds_it_again() {
        Object[] history = {created(), variantAdded("TRAIL-42-RED", false), new ProductVariantRemovedEvent(ID.value(), V1, "TRAIL-42-RED", false)};

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectEvents(unstaged(1, details("Trail shoe"), EUR_1999, List.of(RED_42), List.of()));
        assertThat(skus.ownerOf(Sku.of("TRAIL-42-RED"))).isEqualTo(ID);
    }

    @Test
    void a_slug_another_product_holds_now_is_a_conflict() {
        Object[] history = {created(), repriced(1999, 2499, false), reslugged("trail-shoe", "trail-shoe-2")};
        slugs.reserve("trail-shoe", ProductId.newId());

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectException(withCode("slug-taken"))
                .expectNoEvents();
    }

    @Test
    void the_version_must_be_at_least_one_and_below_the_current_one() {
        Object[] history = {created(), repriced(1999, 2499, false), repriced(2499, 2999, false)};

        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, null, 0))
                .expectException(withCode("invalid-revert-version"));
        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, null, 2))
                .expectException(withCode("invalid-revert-version"));
        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, null, 7))
                .expectException(withCode("invalid-revert-version"));
    }

    @Test
    void only_the_owner_or_an_admin_at_the_version_they_saw_may_undo() {
        Object[] history = {created(), repriced(1999, 2499, false), repriced(2499, 2999, false)};

        fixture(history).given(history).when(new RevertProductCommand(ID, OTHER_SELLER, null, 1))
                .expectException(withCode("not-product-owner"));
        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, 1L, 1))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void a_discontinued_product_is_not_reverted() {
        Object[] history = {created(), repriced(1999, 2499, false), new ProductDiscontinuedEvent(ID.value(), ProductStatus.DRAFT)};

        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectException(withCode("product-discontinued"));
    }

    @Test
    void a_version_equal_to_the_current_state_stores_nothing() {
        Object[] history = {created(), repriced(1999, 2499, false), repriced(2499, 1999, false)};

        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectEvents(unstaged(1, details("Trail shoe"), List.of(new CurrencyAmount("EUR", 2499)), List.of(),
                        List.of()));
        Object[] back = {created(), repriced(1999, 2499, false), new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT)};
        fixture(back).given(back).when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_version_with_staged_prices_variants_and_images_restores_both_versions_of_each() {
        Object[] history = {created(), published(), repriced(1999, 2499, true), variantAdded("TRAIL-42-RED", true),
                imageAdded(true), new ProductStagedChangesPublishedEvent(ID.value()), repriced(2499, 2999, true)};
        skus.reserve(Sku.of("TRAIL-42-RED"), ID);

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, 6L, 4))
                .expectEvents(new ProductRevertedEvent(ID.value(), 4, details("Trail shoe"), details("Trail shoe"),
                        EUR_1999, List.of(), List.of(), List.of(), EUR_2499, List.of(), List.of(RED_42), List.of(FRONT)));
        assertThat(skus.ownerOf(Sku.of("TRAIL-42-RED"))).as("the staged variant keeps its SKU").isEqualTo(ID);
    }

    @Test
    void undoing_a_staged_variant_frees_its_sku_and_leaves_the_current_version_alone() {
        Object[] history = {created(), published(), repriced(1999, 2499, true), variantAdded("TRAIL-42-RED", true)};
        skus.reserve(Sku.of("TRAIL-42-RED"), ID);

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, null, 2))
                .expectEvents(new ProductRevertedEvent(ID.value(), 2, details("Trail shoe"), details("Trail shoe"),
                        EUR_1999, List.of(), List.of(), List.of(), EUR_2499, List.of(), List.of(), List.of()));
        assertThat(skus.ownerOf(Sku.of("TRAIL-42-RED"))).isNull();
    }

    @Test
    void a_variant_removed_in_the_staged_version_then_comes_back_to_buyers_and_claims_its_sku() {
        Object[] history = {created(), variantAdded("TRAIL-42-RED", false), published(),
                new ProductVariantRemovedEvent(ID.value(), V1, "TRAIL-42-RED", true),
                new ProductStagedChangesPublishedEvent(ID.value())};

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, null, 3))
                .expectEvents(new ProductRevertedEvent(ID.value(), 3, details("Trail shoe"), details("Trail shoe"),
                        EUR_1999, List.of(), List.of(RED_42), List.of(), EUR_1999, List.of(), List.of(), List.of()));
        assertThat(skus.ownerOf(Sku.of("TRAIL-42-RED"))).isEqualTo(ID);
    }

    @Test
    void after_an_undo_the_restored_staged_changes_can_be_discarded_which_frees_the_staged_only_sku() {
        Object[] history = {created(), published(), variantAdded("TRAIL-42-RED", true), imageAdded(true),
                new ProductStagedChangesDiscardedEvent(ID.value())};
        ProductRevertedEvent undo = new ProductRevertedEvent(ID.value(), 3, details("Trail shoe"), details("Trail shoe"),
                EUR_1999, List.of(), List.of(), List.of(), EUR_1999, List.of(), List.of(RED_42), List.of(FRONT));
        Object[] undone = {created(), published(), variantAdded("TRAIL-42-RED", true), imageAdded(true),
                new ProductStagedChangesDiscardedEvent(ID.value()), undo};

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, null, 3))
                .expectEvents(undo);
        assertThat(skus.ownerOf(Sku.of("TRAIL-42-RED"))).as("the discard had freed it; the undo claims it").isEqualTo(ID);
        fixture(undone).given(undone)
                .when(new DiscardStagedChangesCommand(ID, OWNER, null))
                .expectEvents(new ProductStagedChangesDiscardedEvent(ID.value()));
        assertThat(skus.ownerOf(Sku.of("TRAIL-42-RED"))).isNull();
    }

    @Test
    void after_an_undo_that_leaves_nothing_staged_there_is_nothing_to_discard() {
        Object[] history = {created(), published(), repriced(1999, 2499, true),
                new ProductRevertedEvent(ID.value(), 1, details("Trail shoe"), details("Trail shoe"), EUR_1999, List.of(),
                        List.of(), List.of(), EUR_1999, List.of(), List.of(), List.of())};

        fixture(history).given(history)
                .when(new DiscardStagedChangesCommand(ID, OWNER, null))
                .expectException(withCode("no-staged-changes"));
    }

    private AggregateTestFixture<Product> fixture(Object... history) {
        AggregateTestFixture<Product> fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        fixture.registerInjectableResource(skus);
        fixture.registerInjectableResource(slugs);
        fixture.registerInjectableResource(new InMemoryProductHistory(history));
        return fixture;
    }

    /** An undo to a version at which nothing was staged: both versions alike. */
    private static ProductRevertedEvent unstaged(long version, ProductDetailFields details, List<CurrencyAmount> prices,
                                                 List<ProductRevertedEvent.Variant> variants,
                                                 List<ProductRevertedEvent.Image> images) {
        return new ProductRevertedEvent(ID.value(), version, details, details, prices, List.of(), variants, images, prices,
                List.of(), variants, images);
    }

    private static ProductPublishedEvent published() {
        return new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT);
    }

    private static ProductDetailFields details(String name) {
        return new ProductDetailFields("en", Map.of("en", name), "trail-shoe", Map.of("en", "Grippy"), Map.of(), Map.of(),
                null, null);
    }

    private static ProductDetailsChangedEvent renamed(String from, String to, boolean staged) {
        return new ProductDetailsChangedEvent(ID.value(), List.of("name"), nameOnly(from), nameOnly(to), staged);
    }

    private static ProductDetailsChangedEvent reslugged(String from, String to) {
        return new ProductDetailsChangedEvent(ID.value(), List.of("slug"),
                new ProductDetailFields(null, null, from, null, null, null, null, null),
                new ProductDetailFields(null, null, to, null, null, null, null, null), false);
    }

    private static ProductDetailFields nameOnly(String name) {
        return new ProductDetailFields(null, Map.of("en", name), null, null, null, null, null, null);
    }

    private static ProductPricesChangedEvent repriced(long from, long to, boolean staged) {
        return new ProductPricesChangedEvent(ID.value(), List.of(new CurrencyAmount("EUR", from)),
                List.of(new CurrencyAmount("EUR", to)), List.of(), List.of(), staged);
    }

    private static ProductVariantAddedEvent variantAdded(String sku, boolean staged) {
        return new ProductVariantAddedEvent(ID.value(), V1, sku, RED, List.of(), staged);
    }

    private static ProductImageAddedEvent imageAdded(boolean staged) {
        return new ProductImageAddedEvent(ID.value(), "img-1", "https://cdn.example.com/1.jpg", "Front", staged);
    }
}
