package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;

import com.catalog.command.product.changeprice.ChangeProductPriceCommand;
import com.catalog.command.product.publish.PublishProductCommand;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.value.Money;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** If-Match: a command naming a version the product no longer has changes nothing. */
class ProductExpectedVersionTest {

    private AggregateTestFixture<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        fixture.registerInjectableResource(new InMemorySkuReservations());
        fixture.registerInjectableResource(new InMemorySlugReservations());
    }

    @Test
    void the_current_version_lets_the_command_through() {
        fixture.given(created()).when(new PublishProductCommand(ID, OWNER, 0L))
                .expectEvents(new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT));
    }

    @Test
    void a_stale_version_is_refused_before_the_status_rules_are_checked() {
        fixture.given(created(), new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT))
                .when(new PublishProductCommand(ID, OWNER, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void a_stale_version_is_refused_even_when_the_price_would_not_change() {
        fixture.given(created(), new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT))
                .when(new ChangeProductPriceCommand(ID, OWNER, 0L, Money.of(1999, "EUR")))
                .expectException(ConflictingAggregateVersionException.class);
    }
}
