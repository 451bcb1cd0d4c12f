package com.catalog.command.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.product.create.CreateProductCommand;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductCreationTest {

    private static final ProductId ID = new ProductId("6f1c2a8e-4d3b-4c5a-9e7f-0a1b2c3d4e5f");
    private static final Sku SKU = Sku.of("trail-42");
    private static final Money PRICE = Money.of(1999, "EUR");

    private AggregateTestFixture<Product> fixture;
    private InMemorySkuReservations skus;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        skus = new InMemorySkuReservations();
        fixture.registerInjectableResource(skus);
    }

    @Test
    void a_new_product_is_created_with_its_seller_sku_and_price() {
        fixture.givenNoPriorActivity()
                .when(command("  Trail shoe  ", "Grippy", SKU))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProductCreatedEvent(ID.value(), "seller-1", "Trail shoe", "Grippy", "TRAIL-42", 1999, "EUR"));
    }

    @Test
    void creating_a_product_claims_its_sku_for_it() {
        fixture.givenNoPriorActivity().when(command("Trail shoe", null, SKU)).expectSuccessfulHandlerExecution();

        assertThat(skus.ownerOf(SKU)).isEqualTo(ID);
    }

    @Test
    void a_sku_held_by_another_product_is_refused_whatever_its_case() {
        skus.reserve(Sku.of("TRAIL-42"), ProductId.newId());

        fixture.givenNoPriorActivity()
                .when(command("Trail shoe", null, Sku.of("Trail-42")))
                .expectException(SkuAlreadyTakenException.class)
                .expectExceptionMessage("SKU TRAIL-42 is already used by another product.")
                .expectNoEvents();
    }

    @Test
    void a_blank_name_is_refused() {
        expectRuleViolation(command("   ", null, SKU), "product-name-required");
    }

    @Test
    void a_name_longer_than_the_limit_is_refused() {
        expectRuleViolation(command("x".repeat(ProductLimits.NAME_MAX_LENGTH + 1), null, SKU), "product-name-too-long");
    }

    @Test
    void a_name_exactly_at_the_limit_is_accepted() {
        fixture.givenNoPriorActivity()
                .when(command("x".repeat(ProductLimits.NAME_MAX_LENGTH), null, SKU))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_description_longer_than_the_limit_is_refused() {
        String description = "d".repeat(ProductLimits.DESCRIPTION_MAX_LENGTH + 1);
        expectRuleViolation(command("Trail shoe", description, SKU), "product-description-too-long");
    }

    @Test
    void a_product_without_seller_is_refused() {
        expectRuleViolation(new CreateProductCommand(ID, " ", "Trail shoe", null, SKU, PRICE), "product-seller-required");
    }

    @Test
    void a_refused_product_claims_no_sku() {
        fixture.givenNoPriorActivity().when(command("", null, SKU)).expectException(InvalidProductException.class);

        assertThat(skus.ownerOf(SKU)).isNull();
    }

    private void expectRuleViolation(CreateProductCommand command, String code) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(InvalidProductException.class)
                .expectException(withCode(code))
                .expectNoEvents();
    }

    private static Matcher<Throwable> withCode(String code) {
        return new FeatureMatcher<>(equalTo(code), "rule violation with code", "code") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof DomainRuleViolation violation ? violation.code() : null;
            }
        };
    }

    private static CreateProductCommand command(String name, String description, Sku sku) {
        return new CreateProductCommand(ID, "seller-1", name, description, sku, PRICE);
    }
}
