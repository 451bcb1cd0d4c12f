package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;
import static com.catalog.command.product.ProductFixtures.withCode;

import com.catalog.command.product.changeprice.ChangeProductPriceCommand;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.command.product.changeprices.ReplaceProductPricesCommand;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPricesChangedEvent;
import java.util.List;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.value.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductPriceTest {

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        fixture.registerInjectableResource(new InMemorySkuReservations());
        fixture.registerInjectableResource(new InMemorySlugReservations());
    }

    @Test
    void a_new_price_is_stored_with_the_old_one() {
        fixture.given(created()).when(change(Money.of(2499, "EUR")))
                .expectEvents(new ProductPriceChangedEvent(ID.value(), 1999, "EUR", 2499, "EUR", false));
    }

    @Test
    void a_change_of_currency_alone_is_a_price_change() {
        fixture.given(created()).when(change(Money.of(1999, "USD")))
                .expectEvents(new ProductPriceChangedEvent(ID.value(), 1999, "EUR", 1999, "USD", false));
    }

    @Test
    void the_same_price_again_stores_no_event() {
        fixture.given(created()).when(change(Money.of(1999, "EUR")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void the_price_before_is_the_one_of_the_latest_change() {
        fixture.given(created(), new ProductPriceChangedEvent(ID.value(), 1999, "EUR", 2499, "EUR", false))
                .when(change(Money.of(2999, "EUR")))
                .expectEvents(new ProductPriceChangedEvent(ID.value(), 2499, "EUR", 2999, "EUR", false));
    }

    @Test
    void a_discontinued_product_takes_no_price_change() {
        fixture.given(created(), new ProductDiscontinuedEvent(ID.value(), ProductStatus.DRAFT))
                .when(change(Money.of(2499, "EUR")))
                .expectException(ProductDiscontinuedException.class)
                .expectException(withCode("product-discontinued"))
                .expectNoEvents();
    }

    @Test
    void a_new_price_list_is_stored_with_the_old_one() {
        fixture.given(created())
                .when(new ReplaceProductPricesCommand(ID, OWNER, null, List.of(Money.of(1899, "EUR"), Money.of(2099, "USD")),
                        List.of(Money.of(2499, "EUR"))))
                .expectEvents(new ProductPricesChangedEvent(ID.value(), List.of(new CurrencyAmount("EUR", 1999)),
                        List.of(new CurrencyAmount("EUR", 1899), new CurrencyAmount("USD", 2099)), List.of(),
                        List.of(new CurrencyAmount("EUR", 2499)), false));
    }

    @Test
    void the_same_price_list_again_stores_no_event() {
        fixture.given(created())
                .when(new ReplaceProductPricesCommand(ID, OWNER, null, List.of(Money.of(1999, "EUR")), List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_price_list_with_two_prices_in_one_currency_is_refused() {
        fixture.given(created())
                .when(new ReplaceProductPricesCommand(ID, OWNER, null, List.of(Money.of(1, "EUR"), Money.of(2, "EUR")), List.of()))
                .expectException(withCode("duplicate-currency"))
                .expectNoEvents();
    }

    @Test
    void another_seller_may_not_replace_the_prices() {
        fixture.given(created())
                .when(new ReplaceProductPricesCommand(ID, ProductFixtures.OTHER_SELLER, null, List.of(Money.of(1, "EUR")), List.of()))
                .expectException(withCode("not-product-owner"));
    }

    @Test
    void a_single_price_change_after_a_list_change_replaces_only_its_currency() {
        fixture.given(created(), new ProductPricesChangedEvent(ID.value(), List.of(new CurrencyAmount("EUR", 1999)),
                        List.of(new CurrencyAmount("EUR", 1899), new CurrencyAmount("USD", 2099)), List.of(), List.of(), false))
                .when(change(Money.of(1999, "USD")))
                .expectEvents(new ProductPriceChangedEvent(ID.value(), 2099, "USD", 1999, "USD", false));
    }

    private static ChangeProductPriceCommand change(Money price) {
        return new ChangeProductPriceCommand(ID, OWNER, null, price);
    }
}
