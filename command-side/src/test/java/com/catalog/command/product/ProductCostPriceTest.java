package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ADMIN;
import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OTHER_SELLER;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;
import static com.catalog.command.product.ProductFixtures.withCode;

import com.catalog.command.domain.Actor;
import com.catalog.command.product.costprice.ChangeProductCostPriceCommand;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCostPriceChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.value.Money;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cost price: set and removed by the owner or an admin, never staged, nothing stored when unchanged. */
class ProductCostPriceTest {

    private static final CurrencyAmount NINE = new CurrencyAmount("EUR", 900);

    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProductFixtures.fixture(new InMemoryCatalogReferences());
    }

    @Test
    void the_owner_sets_a_cost_price() {
        fixture.given(created()).when(change(OWNER, Money.of(900, "EUR")))
                .expectEvents(new ProductCostPriceChangedEvent(ID.value(), null, NINE));
    }

    @Test
    void a_published_products_cost_price_changes_at_once_as_buyers_never_see_it() {
        fixture.given(created(), new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT),
                        new ProductCostPriceChangedEvent(ID.value(), null, NINE))
                .when(change(ADMIN, Money.of(950, "EUR")))
                .expectEvents(new ProductCostPriceChangedEvent(ID.value(), NINE, new CurrencyAmount("EUR", 950)));
    }

    @Test
    void the_same_cost_price_again_stores_nothing() {
        fixture.given(created(), new ProductCostPriceChangedEvent(ID.value(), null, NINE))
                .when(change(OWNER, Money.of(900, "EUR")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_cost_price_is_removed_and_removing_none_stores_nothing() {
        fixture.given(created(), new ProductCostPriceChangedEvent(ID.value(), null, NINE))
                .when(change(OWNER, null))
                .expectEvents(new ProductCostPriceChangedEvent(ID.value(), NINE, null));
        fixture.given(created()).when(change(OWNER, null)).expectNoEvents();
    }

    @Test
    void another_seller_may_not_change_the_cost_price() {
        fixture.given(created()).when(change(OTHER_SELLER, Money.of(900, "EUR")))
                .expectException(withCode("not-product-owner"))
                .expectNoEvents();
    }

    @Test
    void a_discontinued_product_takes_no_cost_price() {
        fixture.given(created(), new ProductDiscontinuedEvent(ID.value(), ProductStatus.DRAFT))
                .when(change(OWNER, Money.of(900, "EUR")))
                .expectException(ProductDiscontinuedException.class)
                .expectNoEvents();
    }

    private static ChangeProductCostPriceCommand change(Actor actor, Money costPrice) {
        return new ChangeProductCostPriceCommand(ID, actor, null, costPrice);
    }
}
