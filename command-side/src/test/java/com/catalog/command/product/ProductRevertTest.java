package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ADMIN;
import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OTHER_SELLER;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;
import static com.catalog.command.product.ProductFixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.restore.RevertProductCommand;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductImageAddedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductRevertedEvent;
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

    private final InMemorySkuReservations skus = new InMemorySkuReservations();
    private final InMemorySlugReservations slugs = new InMemorySlugReservations();

    @Test
    void details_prices_variants_and_images_go_back_to_the_version_and_status_stays() {
        Object[] history = {created(), imageAdded(), renamed("Trail shoe", "Road shoe", false),
                new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT), repriced(1999, 2499),
                variantAdded("TRAIL-42-RED"), renamed("Road shoe", "Race shoe", true)};
        skus.reserve(Sku.of("TRAIL-42-RED"), ID);

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, 6L, 1))
                .expectEvents(new ProductRevertedEvent(ID.value(), 1, details("Trail shoe"), details("Trail shoe"),
                        EUR_1999, List.of(), List.of(),
                        List.of(new ProductRevertedEvent.Image("img-1", "https://cdn.example.com/1.jpg", "Front"))));
        assertThat(skus.ownerOf(Sku.of("TRAIL-42-RED"))).as("the variant that goes frees its SKU").isNull();
    }

    @Test
    void a_version_with_staged_changes_restores_both_the_current_and_the_staged_details() {
        Object[] history = {created(), new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT),
                renamed("Trail shoe", "Road shoe", true), renamed("Road shoe", "Race shoe", true)};

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, ADMIN, null, 2))
                .expectEvents(new ProductRevertedEvent(ID.value(), 2, details("Trail shoe"), details("Road shoe"),
                        EUR_1999, List.of(), List.of(), List.of()));
    }

    @Test
    void a_variant_that_comes_back_claims_its_sku_again_unless_another_product_took_it() {
        Object[] history = {created(), variantAdded("TRAIL-42-RED"), new ProductVariantRemovedEvent(ID.value(), V1, "TRAIL-42-RED"),
                repriced(1999, 2499)};
        skus.reserve(Sku.of("TRAIL-42-RED"), ProductId.newId());

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectException(withCode("sku-taken"))
                .expectNoEvents();
    }

    @Test
    void a_variant_that_comes_back_with_a_free_sku_holds_it_again() {
        Object[] history = {created(), variantAdded("TRAIL-42-RED"), new ProductVariantRemovedEvent(ID.value(), V1, "TRAIL-42-RED")};

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectEvents(new ProductRevertedEvent(ID.value(), 1, details("Trail shoe"), details("Trail shoe"),
                        EUR_1999, List.of(), List.of(new ProductRevertedEvent.Variant(V1, "TRAIL-42-RED", RED, List.of())),
                        List.of()));
        assertThat(skus.ownerOf(Sku.of("TRAIL-42-RED"))).isEqualTo(ID);
    }

    @Test
    void a_slug_another_product_holds_now_is_a_conflict() {
        Object[] history = {created(), repriced(1999, 2499), reslugged("trail-shoe", "trail-shoe-2")};
        slugs.reserve("trail-shoe", ProductId.newId());

        fixture(history).given(history)
                .when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectException(withCode("slug-taken"))
                .expectNoEvents();
    }

    @Test
    void the_version_must_be_at_least_one_and_below_the_current_one() {
        Object[] history = {created(), repriced(1999, 2499), repriced(2499, 2999)};

        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, null, 0))
                .expectException(withCode("invalid-revert-version"));
        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, null, 2))
                .expectException(withCode("invalid-revert-version"));
        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, null, 7))
                .expectException(withCode("invalid-revert-version"));
    }

    @Test
    void only_the_owner_or_an_admin_at_the_version_they_saw_may_undo() {
        Object[] history = {created(), repriced(1999, 2499), repriced(2499, 2999)};

        fixture(history).given(history).when(new RevertProductCommand(ID, OTHER_SELLER, null, 1))
                .expectException(withCode("not-product-owner"));
        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, 1L, 1))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void a_discontinued_product_is_not_reverted() {
        Object[] history = {created(), repriced(1999, 2499), new ProductDiscontinuedEvent(ID.value(), ProductStatus.DRAFT)};

        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectException(withCode("product-discontinued"));
    }

    @Test
    void a_version_equal_to_the_current_state_stores_nothing() {
        Object[] history = {created(), repriced(1999, 2499), repriced(2499, 1999)};

        fixture(history).given(history).when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectEvents(new ProductRevertedEvent(ID.value(), 1, details("Trail shoe"), details("Trail shoe"),
                        List.of(new CurrencyAmount("EUR", 2499)), List.of(), List.of(), List.of()));
        Object[] back = {created(), repriced(1999, 2499), new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT)};
        fixture(back).given(back).when(new RevertProductCommand(ID, OWNER, null, 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private AggregateTestFixture<Product> fixture(Object... history) {
        AggregateTestFixture<Product> fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        fixture.registerInjectableResource(skus);
        fixture.registerInjectableResource(slugs);
        fixture.registerInjectableResource(new InMemoryProductHistory(history));
        return fixture;
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

    private static ProductPricesChangedEvent repriced(long from, long to) {
        return new ProductPricesChangedEvent(ID.value(), List.of(new CurrencyAmount("EUR", from)),
                List.of(new CurrencyAmount("EUR", to)), List.of(), List.of());
    }

    private static ProductVariantAddedEvent variantAdded(String sku) {
        return new ProductVariantAddedEvent(ID.value(), V1, sku, RED, List.of());
    }

    private static ProductImageAddedEvent imageAdded() {
        return new ProductImageAddedEvent(ID.value(), "img-1", "https://cdn.example.com/1.jpg", "Front");
    }
}
