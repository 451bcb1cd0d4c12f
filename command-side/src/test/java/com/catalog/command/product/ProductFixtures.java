package com.catalog.command.product;

import static org.hamcrest.Matchers.equalTo;

import com.catalog.command.domain.Actor;
import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.value.ProductId;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/** The product, its owner, another seller and an admin that the aggregate tests share. */
final class ProductFixtures {

    static final ProductId ID = new ProductId("0b7e5a1c-2f4d-4e8a-9c3b-5d6e7f8a9b0c");
    static final String OWNER_ID = "seller-1";
    static final Actor OWNER = Actor.nonAdmin(OWNER_ID);
    static final Actor OTHER_SELLER = Actor.nonAdmin("seller-2");
    static final Actor ADMIN = Actor.admin("admin-1");

    private ProductFixtures() {
    }

    static ProductCreatedEvent created() {
        return createdIn(null, null);
    }

    /** The same product, placed in a category and brand (either may be null). */
    static ProductCreatedEvent createdIn(String categoryId, String brandId) {
        return new ProductCreatedEvent(ID.value(), OWNER_ID, "en", Map.of("en", "Trail shoe"), "trail-shoe",
                Map.of("en", "Grippy"), Map.of(), "TRAIL-42", List.of(new CurrencyAmount("EUR", 1999)), List.of(), null,
                Map.of(), categoryId, brandId);
    }

    /** An aggregate fixture with every resource the product's handlers take, all permissive. */
    static FixtureConfiguration<Product> fixture(CatalogReferences references) {
        FixtureConfiguration<Product> fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(references);
        fixture.registerInjectableResource(new InMemorySkuReservations());
        fixture.registerInjectableResource(new InMemorySlugReservations());
        return fixture;
    }

    static Matcher<Throwable> withCode(String code) {
        return new FeatureMatcher<>(equalTo(code), "rule violation with code", "code") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof DomainRuleViolation violation ? violation.code() : null;
            }
        };
    }
}
