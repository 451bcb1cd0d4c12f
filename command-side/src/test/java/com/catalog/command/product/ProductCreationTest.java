package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.product.create.CreateProductCommand;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductCreationTest {

    private static final ProductId ID = new ProductId("6f1c2a8e-4d3b-4c5a-9e7f-0a1b2c3d4e5f");
    private static final Sku SKU = Sku.of("trail-42");
    private static final List<Money> PRICES = List.of(Money.of(1999, "EUR"), Money.of(2199, "USD"));

    private AggregateTestFixture<Product> fixture;
    private InMemorySkuReservations skus;
    private InMemorySlugReservations slugs;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        skus = new InMemorySkuReservations();
        slugs = new InMemorySlugReservations();
        fixture.registerInjectableResource(skus);
        fixture.registerInjectableResource(slugs);
    }

    @Test
    void a_new_product_is_created_with_its_seller_details_sku_and_prices() {
        fixture.givenNoPriorActivity()
                .when(new CreateProductCommand(ID, "seller-1", details(Map.of("en", "Trail shoe", "de", "Laufschuh")), SKU,
                        PRICES, List.of(Money.of(2499, "EUR")), Money.of(900, "EUR")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProductCreatedEvent(ID.value(), "seller-1", "en",
                        Map.of("en", "Trail shoe", "de", "Laufschuh"), "trail-shoe", Map.of("en", "Grippy"), Map.of(),
                        "TRAIL-42", List.of(new CurrencyAmount("EUR", 1999), new CurrencyAmount("USD", 2199)),
                        List.of(new CurrencyAmount("EUR", 2499)), new CurrencyAmount("EUR", 900),
                        Map.of("colour", "red"), "running", "acme"));
    }

    @Test
    void creating_a_product_claims_its_sku_and_slug_for_it() {
        fixture.givenNoPriorActivity().when(command(details(Map.of("en", "Trail shoe")))).expectSuccessfulHandlerExecution();

        assertThat(skus.ownerOf(SKU)).isEqualTo(ID);
        assertThat(slugs.ownerOf("trail-shoe")).isEqualTo(ID);
    }

    @Test
    void a_sku_held_by_another_product_is_refused_whatever_its_case() {
        skus.reserve(Sku.of("TRAIL-42"), ProductId.newId());

        fixture.givenNoPriorActivity()
                .when(command(details(Map.of("en", "Trail shoe"))))
                .expectException(SkuAlreadyTakenException.class)
                .expectExceptionMessage("SKU TRAIL-42 is already used by another product.")
                .expectNoEvents();
    }

    @Test
    void a_slug_held_by_another_product_is_refused() {
        slugs.reserve("trail-shoe", ProductId.newId());

        fixture.givenNoPriorActivity()
                .when(command(details(Map.of("en", "Trail shoe"))))
                .expectException(SlugAlreadyTakenException.class)
                .expectException(withCode("slug-taken"))
                .expectNoEvents();
    }

    @Test
    void a_name_missing_in_the_default_locale_is_refused() {
        expectRuleViolation(command(details(Map.of("de", "Laufschuh"))), "product-name-required");
    }

    @Test
    void a_name_longer_than_the_limit_is_refused() {
        expectRuleViolation(command(details(Map.of("en", "x".repeat(ProductLimits.NAME_MAX_LENGTH + 1)))), "value-too-long");
    }

    @Test
    void a_name_exactly_at_the_limit_is_accepted() {
        fixture.givenNoPriorActivity()
                .when(command(details(Map.of("en", "x".repeat(ProductLimits.NAME_MAX_LENGTH)))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_locale_that_is_no_language_tag_is_refused() {
        expectRuleViolation(command(details(Map.of("en", "Shoe", "English!", "Shoe"))), "invalid-locale");
    }

    @Test
    void a_description_longer_than_the_limit_is_refused() {
        ProductDetailFields details = new ProductDetailFields("en", Map.of("en", "Shoe"), "trail-shoe",
                Map.of("en", "d".repeat(ProductLimits.DESCRIPTION_MAX_LENGTH + 1)), Map.of(), Map.of(), null, null);
        expectRuleViolation(command(details), "value-too-long");
    }

    @Test
    void a_slug_not_in_lower_case_words_is_refused() {
        ProductDetailFields details = new ProductDetailFields("en", Map.of("en", "Shoe"), "Trail--Shoe", Map.of(),
                Map.of(), Map.of(), null, null);
        expectRuleViolation(command(details), "invalid-slug");
    }

    @Test
    void two_prices_in_one_currency_are_refused() {
        expectRuleViolation(new CreateProductCommand(ID, "seller-1", details(Map.of("en", "Shoe")), SKU,
                List.of(Money.of(1, "EUR"), Money.of(2, "EUR")), List.of(), null), "duplicate-currency");
    }

    @Test
    void a_product_without_price_is_refused() {
        expectRuleViolation(new CreateProductCommand(ID, "seller-1", details(Map.of("en", "Shoe")), SKU, List.of(),
                List.of(), null), "price-required");
    }

    @Test
    void a_compare_at_price_in_a_currency_without_price_is_refused() {
        expectRuleViolation(new CreateProductCommand(ID, "seller-1", details(Map.of("en", "Shoe")), SKU,
                List.of(Money.of(1, "EUR")), List.of(Money.of(2, "USD")), null), "compare-at-without-price");
    }

    @Test
    void too_many_attributes_are_refused() {
        Map<String, String> attributes = new java.util.HashMap<>();
        for (int i = 0; i <= ProductLimits.ATTRIBUTES_MAX; i++) {
            attributes.put("k" + i, "v");
        }
        ProductDetailFields details = new ProductDetailFields("en", Map.of("en", "Shoe"), "trail-shoe", Map.of(),
                Map.of(), attributes, null, null);
        expectRuleViolation(command(details), "too-many-entries");
    }

    @Test
    void a_category_id_that_is_no_id_is_refused() {
        ProductDetailFields details = new ProductDetailFields("en", Map.of("en", "Shoe"), "trail-shoe", Map.of(),
                Map.of(), Map.of(), "../etc", null);
        expectRuleViolation(command(details), "invalid-reference");
    }

    @Test
    void a_product_without_seller_is_refused() {
        expectRuleViolation(new CreateProductCommand(ID, " ", details(Map.of("en", "Shoe")), SKU, PRICES, List.of(), null),
                "product-seller-required");
    }

    @Test
    void a_refused_product_claims_no_sku_and_no_slug() {
        fixture.givenNoPriorActivity().when(command(details(Map.of("de", "Schuh")))).expectException(InvalidProductException.class);

        assertThat(skus.ownerOf(SKU)).isNull();
        assertThat(slugs.ownerOf("trail-shoe")).isNull();
    }

    private void expectRuleViolation(CreateProductCommand command, String code) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(InvalidProductException.class)
                .expectException(withCode(code))
                .expectNoEvents();
    }

    private static ProductDetailFields details(Map<String, String> name) {
        return new ProductDetailFields("en", name, "trail-shoe", Map.of("en", "Grippy"), Map.of(),
                Map.of("colour", "red"), "running", "acme");
    }

    private static CreateProductCommand command(ProductDetailFields details) {
        return new CreateProductCommand(ID, "seller-1", details, SKU, PRICES, List.of(), null);
    }
}
