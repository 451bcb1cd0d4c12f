package com.catalog.command.product;

import static com.catalog.command.product.ProductFixtures.ADMIN;
import static com.catalog.command.product.ProductFixtures.ID;
import static com.catalog.command.product.ProductFixtures.OTHER_SELLER;
import static com.catalog.command.product.ProductFixtures.OWNER;
import static com.catalog.command.product.ProductFixtures.created;
import static com.catalog.command.product.ProductFixtures.withCode;

import com.catalog.command.domain.Actor;
import com.catalog.command.product.changedetails.PatchProductDetailsCommand;
import com.catalog.command.product.changedetails.ReplaceProductDetailsCommand;
import com.catalog.command.product.discardstaged.DiscardStagedChangesCommand;
import com.catalog.command.product.publish.PublishProductCommand;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.product.ProductDetailsChangedEvent;
import com.catalog.events.product.ProductDiscontinuedEvent;
import com.catalog.events.product.ProductPublishedEvent;
import com.catalog.events.product.ProductStagedChangesDiscardedEvent;
import com.catalog.events.product.ProductStagedChangesPublishedEvent;
import com.catalog.events.product.ProductStatus;
import com.catalog.events.value.ProductId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changing details (PUT and merge patch), staged versus current, publishing and discarding staged changes. */
class ProductDetailsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ProductDetailFields NONE = new ProductDetailFields(null, null, null, null, null, null, null, null);

    private AggregateTestFixture<Product> fixture;
    private InMemorySlugReservations slugs;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
        fixture.registerInjectableResource(new InMemoryCatalogReferences());
        slugs = new InMemorySlugReservations();
        fixture.registerInjectableResource(new InMemorySkuReservations());
        fixture.registerInjectableResource(slugs);
    }

    @Test
    void a_draft_change_carries_only_the_changed_fields_before_and_after_and_is_not_staged() {
        fixture.given(created())
                .when(replace(OWNER, withName(Map.of("en", "Trail runner"))))
                .expectEvents(new ProductDetailsChangedEvent(ID.value(), List.of("name"),
                        nameOnly(Map.of("en", "Trail shoe")), nameOnly(Map.of("en", "Trail runner")), false));
    }

    @Test
    void the_same_details_again_store_nothing() {
        fixture.given(created()).when(replace(OWNER, created().details()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void after_publication_a_change_is_staged() {
        fixture.given(created(), published())
                .when(replace(OWNER, withName(Map.of("en", "Trail runner"))))
                .expectEvents(new ProductDetailsChangedEvent(ID.value(), List.of("name"),
                        nameOnly(Map.of("en", "Trail shoe")), nameOnly(Map.of("en", "Trail runner")), true));
    }

    @Test
    void a_merge_patch_adds_a_locale_removes_an_attribute_and_clears_the_brand() {
        ProductDetailFields before = new ProductDetailFields("en", Map.of("en", "Trail shoe"), "trail-shoe",
                Map.of(), Map.of(), Map.of("colour", "red", "size", "42"), "running", "acme");
        fixture.given(created(), new ProductDetailsChangedEvent(ID.value(), List.of("attributes", "categoryId", "brandId"),
                        NONE, before, false))
                .when(patch("""
                        {"name": {"de": "Laufschuh"}, "attributes": {"size": null}, "brandId": null}"""))
                .expectEvents(new ProductDetailsChangedEvent(ID.value(), List.of("name", "attributes", "brandId"),
                        new ProductDetailFields(null, Map.of("en", "Trail shoe"), null, null, null,
                                Map.of("colour", "red", "size", "42"), null, "acme"),
                        new ProductDetailFields(null, Map.of("en", "Trail shoe", "de", "Laufschuh"), null, null, null,
                                Map.of("colour", "red"), null, null), false));
    }

    @Test
    void a_merge_patch_that_removes_the_default_name_is_refused() {
        fixture.given(created()).when(patch("""
                        {"name": {"en": null}}"""))
                .expectException(InvalidProductException.class)
                .expectException(withCode("product-name-required"))
                .expectNoEvents();
    }

    @Test
    void a_merge_patch_of_the_wrong_shape_is_refused() {
        fixture.given(created()).when(patch("""
                        {"attributes": "red"}"""))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void a_new_slug_held_by_another_product_is_refused() {
        slugs.reserve("taken", ProductId.newId());

        fixture.given(created()).when(patch("""
                        {"slug": "taken"}"""))
                .expectException(SlugAlreadyTakenException.class)
                .expectNoEvents();
    }

    @Test
    void another_seller_may_not_change_details_but_an_admin_may() {
        fixture.given(created()).when(replace(OTHER_SELLER, withName(Map.of("en", "Mine"))))
                .expectException(withCode("not-product-owner"))
                .expectNoEvents();
        fixture.given(created()).when(replace(ADMIN, withName(Map.of("en", "Fixed"))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_discontinued_product_takes_no_detail_change() {
        fixture.given(created(), new ProductDiscontinuedEvent(ID.value(), ProductStatus.DRAFT))
                .when(replace(OWNER, withName(Map.of("en", "Late"))))
                .expectException(ProductDiscontinuedException.class)
                .expectNoEvents();
    }

    @Test
    void publishing_a_published_product_with_staged_changes_publishes_them() {
        fixture.given(created(), published(), stagedNameChange())
                .when(new PublishProductCommand(ID, OWNER, null))
                .expectEvents(new ProductStagedChangesPublishedEvent(ID.value()));
    }

    @Test
    void once_published_the_staged_changes_are_current_and_a_second_publish_is_refused() {
        fixture.given(created(), published(), stagedNameChange(), new ProductStagedChangesPublishedEvent(ID.value()))
                .when(new PublishProductCommand(ID, OWNER, null))
                .expectException(withCode("illegal-status-transition"));
    }

    @Test
    void staged_changes_can_be_discarded() {
        fixture.given(created(), published(), stagedNameChange())
                .when(new DiscardStagedChangesCommand(ID, OWNER, null))
                .expectEvents(new ProductStagedChangesDiscardedEvent(ID.value()));
    }

    @Test
    void after_a_discard_the_staged_version_is_the_current_one_again() {
        fixture.given(created(), published(), stagedNameChange(), new ProductStagedChangesDiscardedEvent(ID.value()))
                .when(replace(OWNER, created().details()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void discarding_without_staged_changes_is_refused() {
        fixture.given(created(), published())
                .when(new DiscardStagedChangesCommand(ID, OWNER, null))
                .expectException(NoStagedChangesException.class)
                .expectException(withCode("no-staged-changes"));
    }

    @Test
    void another_seller_may_not_discard_staged_changes() {
        fixture.given(created(), published(), stagedNameChange())
                .when(new DiscardStagedChangesCommand(ID, OTHER_SELLER, null))
                .expectException(withCode("not-product-owner"))
                .expectNoEvents();
    }

    private static ProductPublishedEvent published() {
        return new ProductPublishedEvent(ID.value(), ProductStatus.DRAFT);
    }

    private static ProductDetailsChangedEvent stagedNameChange() {
        return new ProductDetailsChangedEvent(ID.value(), List.of("name"), nameOnly(Map.of("en", "Trail shoe")),
                nameOnly(Map.of("en", "Trail runner")), true);
    }

    private static ProductDetailFields nameOnly(Map<String, String> name) {
        return new ProductDetailFields(null, name, null, null, null, null, null, null);
    }

    private static ProductDetailFields withName(Map<String, String> name) {
        ProductDetailFields d = created().details();
        return new ProductDetailFields(d.defaultLocale(), name, d.slug(), d.description(), d.shortDescription(),
                d.attributes(), d.categoryId(), d.brandId());
    }

    private static ReplaceProductDetailsCommand replace(Actor actor, ProductDetailFields details) {
        return new ReplaceProductDetailsCommand(ID, actor, null, details);
    }

    private static PatchProductDetailsCommand patch(String mergePatch) {
        try {
            JsonNode node = JSON.readTree(mergePatch);
            return new PatchProductDetailsCommand(ID, OWNER, null, node);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
