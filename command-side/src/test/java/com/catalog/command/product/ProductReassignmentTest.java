package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.createdIn;

import com.catalog.command.product.changedetails.PatchProductDetailsCommand;
import com.catalog.command.product.reassignment.ReassignProductReferenceCommand;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductReferenceReassignedEvent;
import com.catalog.events.product.ProductStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The system moves a product off a deleted category or brand: once, on current and staged details alike. */
class ProductReassignmentTest {

    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = ProductFixtures.fixture(new InMemoryCatalogReferences());
    }

    @Test
    void a_product_in_the_deleted_category_moves_to_the_target() {
        fixture.given(createdIn("cat-a", "brand-a"))
                .when(reassign(ReassignProductReferenceCommand.CATEGORY, "cat-a", "cat-b"))
                .expectEvents(new ProductReferenceReassignedEvent(ID.value(), "categoryId", "cat-a", "cat-b"));
    }

    @Test
    void a_brand_moves_the_same_way() {
        fixture.given(createdIn("cat-a", "brand-a"))
                .when(reassign(ReassignProductReferenceCommand.BRAND, "brand-a", "brand-b"))
                .expectEvents(new ProductReferenceReassignedEvent(ID.value(), "brandId", "brand-a", "brand-b"));
    }

    @Test
    void a_repeated_or_stale_reassignment_stores_nothing() {
        fixture.given(createdIn("cat-a", null), new ProductReferenceReassignedEvent(ID.value(), "categoryId", "cat-a", "cat-b"))
                .when(reassign(ReassignProductReferenceCommand.CATEGORY, "cat-a", "cat-b"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_discontinued_product_moves_too_so_no_product_keeps_a_deleted_reference() {
        fixture.given(createdIn("cat-a", null), new ProductDiscontinuedEvent(ID.value(), ProductStatus.DRAFT))
                .when(reassign(ReassignProductReferenceCommand.CATEGORY, "cat-a", "cat-b"))
                .expectEvents(new ProductReferenceReassignedEvent(ID.value(), "categoryId", "cat-a", "cat-b"));
    }

    @Test
    void a_staged_move_into_the_deleted_category_is_reassigned_and_later_edits_start_from_the_target() {
        ProductDetailFields before = new ProductDetailFields(null, null, null, null, null, null, "cat-x", null);
        ProductDetailFields after = new ProductDetailFields(null, null, null, null, null, null, "cat-a", null);
        fixture.given(createdIn("cat-x", null), new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT),
                        new ProductDetailsChangedEvent(ID.value(), List.of("categoryId"), before, after, true),
                        new ProductReferenceReassignedEvent(ID.value(), "categoryId", "cat-a", "cat-b"))
                .when(new PatchProductDetailsCommand(ID, OWNER, null,
                        new ObjectMapper().createObjectNode().put("categoryId", "cat-c")))
                .expectEvents(new ProductDetailsChangedEvent(ID.value(), List.of("categoryId"),
                        new ProductDetailFields(null, null, null, null, null, null, "cat-b", null),
                        new ProductDetailFields(null, null, null, null, null, null, "cat-c", null), true));
    }

    private static ReassignProductReferenceCommand reassign(String reference, String from, String to) {
        return new ReassignProductReferenceCommand(ID, reference, from, to);
    }
}
