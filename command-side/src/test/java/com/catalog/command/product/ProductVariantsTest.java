package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ADMIN;
import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OTHER_SELLER;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;
import static com.catalog.command.product.ProductFixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.domain.Actor;
import com.catalog.command.product.variants.AddProductVariantCommand;
import com.catalog.command.product.variants.ChangeProductVariantCommand;
import com.catalog.command.product.variants.RemoveProductVariantCommand;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.product.ProductVariantAddedEvent;
import com.catalog.events.product.ProductVariantChangedEvent;
import com.catalog.events.product.ProductVariantRemovedEvent;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Variants: catalog-wide unique SKU, options unique within the product, optional own prices. */
class ProductVariantsTest {

    private static final String V1 = "11111111-1111-1111-1111-111111111111";
    private static final Map<String, String> RED_42 = Map.of("colour", "red", "size", "42");

    private AggregateTestFixture<Product> fixture;
    private InMemorySkuReservations skus;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        skus = new InMemorySkuReservations();
        fixture.registerInjectableResource(skus);
        fixture.registerInjectableResource(new InMemorySlugReservations());
    }

    @Test
    void a_variant_is_added_with_its_sku_options_and_own_prices() {
        fixture.given(created())
                .when(add(OWNER, V1, "trail-42-red", RED_42, List.of(Money.of(2199, "EUR"))))
                .expectEvents(new ProductVariantAddedEvent(ID.value(), V1, "TRAIL-42-RED", RED_42,
                        List.of(new CurrencyAmount("EUR", 2199)), false));
        assertThat(skus.ownerOf(Sku.of("TRAIL-42-RED"))).isEqualTo(ID);
    }

    @Test
    void a_sku_held_by_any_product_is_refused() {
        skus.reserve(Sku.of("TAKEN-1"), ProductId.newId());

        fixture.given(created()).when(add(OWNER, V1, "taken-1", RED_42, List.of()))
                .expectException(withCode("sku-taken"))
                .expectNoEvents();
    }

    @Test
    void options_of_another_variant_are_refused() {
        fixture.given(created(), added(V1, "A-1", RED_42))
                .when(add(OWNER, "22222222-2222-2222-2222-222222222222", "A-2", RED_42, List.of()))
                .expectException(withCode("duplicate-variant-options"))
                .expectNoEvents();
    }

    @Test
    void a_variant_without_options_or_with_blank_ones_is_refused() {
        fixture.given(created()).when(add(OWNER, V1, "A-1", Map.of(), List.of()))
                .expectException(withCode("variant-options-required"));
        fixture.given(created()).when(add(OWNER, V1, "A-1", Map.of("size", " "), List.of()))
                .expectException(withCode("invalid-variant-options"));
    }

    @Test
    void two_own_prices_in_one_currency_are_refused() {
        fixture.given(created())
                .when(add(OWNER, V1, "A-1", RED_42, List.of(Money.of(1, "EUR"), Money.of(2, "EUR"))))
                .expectException(withCode("duplicate-currency"));
    }

    @Test
    void another_seller_may_not_add_a_variant_but_an_admin_may() {
        fixture.given(created()).when(add(OTHER_SELLER, V1, "A-1", RED_42, List.of()))
                .expectException(withCode("not-product-owner"));
        fixture.given(created()).when(add(ADMIN, V1, "A-1", RED_42, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_discontinued_product_takes_no_variant() {
        fixture.given(created(), new ProductDiscontinuedEvent(ID.value(), ProductStatus.DRAFT))
                .when(add(OWNER, V1, "A-1", RED_42, List.of()))
                .expectException(withCode("product-discontinued"));
    }

    @Test
    void a_change_merges_options_replaces_prices_and_carries_before_and_after() {
        Map<String, String> changes = new HashMap<>();
        changes.put("colour", "blue");
        changes.put("size", null);
        fixture.given(created(), added(V1, "A-1", RED_42))
                .when(new ChangeProductVariantCommand(ID, OWNER, null, V1, changes, List.of(Money.of(999, "EUR"))))
                .expectEvents(new ProductVariantChangedEvent(ID.value(), V1, List.of("options", "prices"), RED_42,
                        Map.of("colour", "blue"), List.of(), List.of(new CurrencyAmount("EUR", 999)), false));
    }

    @Test
    void the_same_values_again_store_nothing() {
        fixture.given(created(), added(V1, "A-1", RED_42))
                .when(new ChangeProductVariantCommand(ID, OWNER, null, V1, Map.of("colour", "red"), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void changing_to_another_variants_options_is_refused() {
        String v2 = "22222222-2222-2222-2222-222222222222";
        fixture.given(created(), added(V1, "A-1", RED_42), added(v2, "A-2", Map.of("colour", "blue", "size", "42")))
                .when(new ChangeProductVariantCommand(ID, OWNER, null, v2, Map.of("colour", "red"), null))
                .expectException(withCode("duplicate-variant-options"));
    }

    @Test
    void an_unknown_variant_is_not_found() {
        fixture.given(created())
                .when(new ChangeProductVariantCommand(ID, OWNER, null, V1, Map.of("colour", "red"), null))
                .expectException(AggregateNotFoundException.class);
        fixture.given(created()).when(new RemoveProductVariantCommand(ID, OWNER, null, V1))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void a_removed_variant_frees_its_sku_and_its_options() {
        skus.reserve(Sku.of("A-1"), ID);

        fixture.given(created(), added(V1, "A-1", RED_42))
                .when(new RemoveProductVariantCommand(ID, OWNER, null, V1))
                .expectEvents(new ProductVariantRemovedEvent(ID.value(), V1, "A-1", false));
        assertThat(skus.ownerOf(Sku.of("A-1"))).isNull();
        fixture.given(created(), added(V1, "A-1", RED_42), new ProductVariantRemovedEvent(ID.value(), V1, "A-1", false))
                .when(add(OWNER, "22222222-2222-2222-2222-222222222222", "A-2", RED_42, List.of()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_product_with_the_maximum_of_variants_takes_no_more() {
        Object[] history = new Object[ProductLimits.VARIANTS_MAX + 1];
        history[0] = created();
        for (int i = 1; i <= ProductLimits.VARIANTS_MAX; i++) {
            history[i] = added("v-" + i, "S-" + i, Map.of("n", Integer.toString(i)));
        }
        fixture.given(history).when(add(OWNER, V1, "S-NEW", Map.of("n", "new"), List.of()))
                .expectException(withCode("too-many-variants"));
    }

    private static ProductVariantAddedEvent added(String variantId, String sku, Map<String, String> options) {
        return new ProductVariantAddedEvent(ID.value(), variantId, sku, options, List.of(), false);
    }

    private static AddProductVariantCommand add(Actor actor, String variantId, String sku, Map<String, String> options,
                                                List<Money> prices) {
        return new AddProductVariantCommand(ID, actor, null, variantId, Sku.of(sku), options, prices);
    }
}
