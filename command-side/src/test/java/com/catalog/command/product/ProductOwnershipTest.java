package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ADMIN;
import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OTHER_SELLER;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;
import static com.catalog.command.product.ProductFixtures.withCode;

import com.catalog.command.domain.AdminOnlyException;
import com.catalog.command.product.changeprice.ChangeProductPriceCommand;
import com.catalog.command.product.discontinue.DiscontinueProductCommand;
import com.catalog.command.product.publish.PublishProductCommand;
import com.catalog.command.product.restore.RestoreProductCommand;
import com.catalog.command.product.unpublish.UnpublishProductCommand;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPriceChangedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.value.Money;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The aggregate, not the controller, decides who may act on a product. */
class ProductOwnershipTest {

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        fixture.registerInjectableResource(new InMemorySkuReservations());
        fixture.registerInjectableResource(new InMemorySlugReservations());
    }

    static Stream<Object> commandsOfAnotherSeller() {
        return Stream.of(
                new PublishProductCommand(ID, OTHER_SELLER, null),
                new UnpublishProductCommand(ID, OTHER_SELLER, null),
                new DiscontinueProductCommand(ID, OTHER_SELLER, null),
                new ChangeProductPriceCommand(ID, OTHER_SELLER, null, Money.of(2500, "EUR")));
    }

    @ParameterizedTest
    @MethodSource("commandsOfAnotherSeller")
    void another_seller_may_not_change_the_product(Object command) {
        fixture.given(created()).when(command)
                .expectException(ProductAccessDeniedException.class)
                .expectException(withCode("not-product-owner"))
                .expectNoEvents();
    }

    @Test
    void the_owner_publishes_its_product() {
        fixture.given(created()).when(new PublishProductCommand(ID, OWNER, null))
                .expectEvents(new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT));
    }

    @Test
    void an_admin_acts_on_any_sellers_product() {
        fixture.given(created()).when(new ChangeProductPriceCommand(ID, ADMIN, null, Money.of(2500, "EUR")))
                .expectEvents(new ProductPriceChangedEvent(ID.value(), 1999, "EUR", 2500, "EUR", false));
    }

    @Test
    void not_even_the_owner_may_restore_a_discontinued_product() {
        fixture.given(created(), new ProductDiscontinuedEvent(ID.value(), ProductStatus.DRAFT))
                .when(new RestoreProductCommand(ID, OWNER, null))
                .expectException(AdminOnlyException.class)
                .expectException(withCode("admin-only"))
                .expectNoEvents();
    }

    @Test
    void an_ownership_refusal_comes_before_any_status_rule() {
        fixture.given(created(), new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT))
                .when(new PublishProductCommand(ID, OTHER_SELLER, null))
                .expectException(withCode("not-product-owner"));
    }
}
