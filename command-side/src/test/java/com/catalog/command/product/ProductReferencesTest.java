package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.createdIn;
import static com.catalog.command.product.ProductFixtures.withCode;

import com.catalog.command.product.changedetails.PatchProductDetailsCommand;
import com.catalog.command.product.create.CreateProductCommand;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.value.Money;
import com.catalog.events.value.Sku;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A product only ever gets a category or brand that may be referenced; one it already has stays. */
class ProductReferencesTest {

    private FixtureConfiguration<Product> fixture;
    private InMemoryCatalogReferences references;

    @BeforeEach
    void setUp() {
        references = new InMemoryCatalogReferences();
        fixture = ProductFixtures.fixture(references);
    }

    @Test
    void creating_in_an_unusable_category_or_brand_is_refused() {
        references.without("gone-category").without("gone-brand");
        fixture.givenNoPriorActivity().when(create("gone-category", null))
                .expectException(InvalidReferenceException.class).expectException(withCode("invalid-reference"))
                .expectNoEvents();
        fixture.givenNoPriorActivity().when(create(null, "gone-brand"))
                .expectException(withCode("invalid-reference")).expectNoEvents();
    }

    @Test
    void creating_in_a_usable_category_and_brand_works() {
        fixture.givenNoPriorActivity().when(create("shoes", "acme")).expectSuccessfulHandlerExecution();
    }

    @Test
    void moving_to_an_unusable_category_is_refused() {
        references.without("gone-category");
        fixture.given(createdIn("shoes", null)).when(patch(json().put("categoryId", "gone-category")))
                .expectException(withCode("invalid-reference")).expectNoEvents();
    }

    @Test
    void an_edit_of_other_fields_keeps_a_category_deactivated_since_and_clearing_it_is_allowed() {
        references.without("shoes");
        fixture.given(createdIn("shoes", null)).when(patch(json().put("slug", "renamed-shoe")))
                .expectSuccessfulHandlerExecution();
        fixture.given(createdIn("shoes", null)).when(patch(json().putNull("categoryId")))
                .expectEvents(new ProductDetailsChangedEvent(ID.value(), List.of("categoryId"),
                        new ProductDetailFields(null, null, null, null, null, null, "shoes", null),
                        new ProductDetailFields(null, null, null, null, null, null, null, null), false));
    }

    private static CreateProductCommand create(String categoryId, String brandId) {
        ProductDetailFields details = new ProductDetailFields("en", Map.of("en", "Shoe"), "trail-shoe", Map.of(),
                Map.of(), Map.of(), categoryId, brandId);
        return new CreateProductCommand(ID, "seller-1", details, Sku.of("TRAIL-1"), List.of(Money.of(1999, "EUR")),
                List.of(), null);
    }

    private static PatchProductDetailsCommand patch(ObjectNode mergePatch) {
        return new PatchProductDetailsCommand(ID, OWNER, null, mergePatch);
    }

    private static ObjectNode json() {
        return new ObjectMapper().createObjectNode();
    }
}
