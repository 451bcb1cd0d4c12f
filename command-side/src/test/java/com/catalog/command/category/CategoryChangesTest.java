package com.catalog.command.category;

import static com.catalog.command.category.CategoryFixtures.ADMIN;
import static com.catalog.command.category.CategoryFixtures.ID;
import static com.catalog.command.category.CategoryFixtures.OTHER;
import static com.catalog.command.category.CategoryFixtures.SELLER;
import static com.catalog.command.category.CategoryFixtures.created;
import static com.catalog.command.category.CategoryFixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.category.activation.DeactivateCategoryCommand;
import com.catalog.command.category.activation.ReactivateCategoryCommand;
import com.catalog.command.category.details.ChangeCategoryDetailsCommand;
import com.catalog.command.category.feature.FeatureCategoryCommand;
import com.catalog.command.category.feature.UnfeatureCategoryCommand;
import com.catalog.command.category.reorder.ReorderCategoryCommand;
import com.catalog.command.domain.Patch;
import com.catalog.events.category.CategoryDeactivatedEvent;
import com.catalog.events.category.CategoryDetailsChangedEvent;
import com.catalog.events.category.CategoryFeaturedEvent;
import com.catalog.events.category.CategoryReactivatedEvent;
import com.catalog.events.category.CategoryReorderedEvent;
import com.catalog.events.category.CategoryUnfeaturedEvent;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Details (rename, PUT/PATCH), reorder, feature and activation. */
class CategoryChangesTest {

    private final InMemoryCategoryTree tree = new InMemoryCategoryTree().with(ID, "shoes", null);
    private AggregateTestFixture<Category> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Category.class);
        fixture.registerInjectableResource(tree);
        fixture.registerInjectableResource(new InMemoryCategoryUsage());
    }

    @Test
    void given_a_category_when_renamed_then_the_new_name_is_stored_with_the_other_details() {
        fixture.given(created())
                .when(details(Patch.of("Footwear"), Patch.absent(), Patch.absent()))
                .expectEvents(new CategoryDetailsChangedEvent(ID, "Footwear", "shoes", "All shoes"));
    }

    @Test
    void given_a_category_when_a_patch_clears_the_description_then_it_is_null() {
        fixture.given(created())
                .when(details(Patch.absent(), Patch.absent(), Patch.of(null)))
                .expectEvents(new CategoryDetailsChangedEvent(ID, "Shoes", "shoes", null));
    }

    @Test
    void given_a_category_when_the_details_are_the_same_then_nothing_is_stored() {
        fixture.given(created())
                .when(details(Patch.of("Shoes"), Patch.of("shoes"), Patch.of("All shoes")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void given_a_category_when_its_slug_changes_then_the_tree_holds_the_new_one() {
        fixture.given(created())
                .when(details(Patch.absent(), Patch.of("footwear"), Patch.absent()))
                .expectEvents(new CategoryDetailsChangedEvent(ID, "Shoes", "footwear", "All shoes"));
        assertThat(tree.slugOf(ID)).isEqualTo("footwear");
    }

    @Test
    void given_another_category_with_the_slug_when_it_is_taken_over_then_it_is_refused() {
        tree.with(OTHER, "footwear", null);
        fixture.given(created())
                .when(details(Patch.absent(), Patch.of("footwear"), Patch.absent()))
                .expectException(withCode("slug-taken"))
                .expectNoEvents();
    }

    @Test
    void given_a_category_when_the_name_is_cleared_then_it_is_refused() {
        fixture.given(created())
                .when(details(Patch.of(null), Patch.absent(), Patch.absent()))
                .expectException(withCode("invalid-category"))
                .expectNoEvents();
    }

    @Test
    void given_version_1_when_the_caller_saw_version_0_then_the_precondition_fails_before_any_rule() {
        fixture.given(created(), new CategoryFeaturedEvent(ID))
                .when(new ChangeCategoryDetailsCommand(ID, ADMIN, 0L, Patch.of("Footwear"), Patch.absent(), Patch.absent()))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void given_a_category_when_a_seller_changes_it_then_it_is_refused() {
        fixture.given(created())
                .when(new FeatureCategoryCommand(ID, SELLER, null))
                .expectException(withCode("admin-only"))
                .expectNoEvents();
    }

    @Test
    void given_a_category_when_reordered_then_the_new_position_is_stored_and_the_same_one_stores_nothing() {
        fixture.given(created()).when(new ReorderCategoryCommand(ID, ADMIN, null, 7))
                .expectEvents(new CategoryReorderedEvent(ID, 7));
        fixture.given(created(), new CategoryReorderedEvent(ID, 7)).when(new ReorderCategoryCommand(ID, ADMIN, null, 7))
                .expectNoEvents();
    }

    @Test
    void given_a_category_when_reordered_out_of_range_then_it_is_refused() {
        fixture.given(created()).when(new ReorderCategoryCommand(ID, ADMIN, null, -1))
                .expectException(withCode("invalid-category"));
    }

    @Test
    void given_a_category_when_featured_and_unfeatured_then_each_is_stored_once() {
        fixture.given(created()).when(new FeatureCategoryCommand(ID, ADMIN, null))
                .expectEvents(new CategoryFeaturedEvent(ID));
        fixture.given(created(), new CategoryFeaturedEvent(ID)).when(new FeatureCategoryCommand(ID, ADMIN, null))
                .expectNoEvents();
        fixture.given(created(), new CategoryFeaturedEvent(ID)).when(new UnfeatureCategoryCommand(ID, ADMIN, null))
                .expectEvents(new CategoryUnfeaturedEvent(ID));
        fixture.given(created()).when(new UnfeatureCategoryCommand(ID, ADMIN, null))
                .expectNoEvents();
    }

    @Test
    void given_a_category_when_deactivated_and_reactivated_then_each_is_stored_once() {
        fixture.given(created()).when(new DeactivateCategoryCommand(ID, ADMIN, null))
                .expectEvents(new CategoryDeactivatedEvent(ID));
        fixture.given(created(), new CategoryDeactivatedEvent(ID)).when(new DeactivateCategoryCommand(ID, ADMIN, null))
                .expectNoEvents();
        fixture.given(created(), new CategoryDeactivatedEvent(ID)).when(new ReactivateCategoryCommand(ID, ADMIN, null))
                .expectEvents(new CategoryReactivatedEvent(ID));
        fixture.given(created()).when(new ReactivateCategoryCommand(ID, ADMIN, null))
                .expectNoEvents();
    }

    @Test
    void given_a_category_when_deactivated_then_the_tree_marks_it_inactive_until_it_is_reactivated() {
        fixture.given(created()).when(new DeactivateCategoryCommand(ID, ADMIN, null)).expectSuccessfulHandlerExecution();
        assertThat(tree.isActive(ID)).isFalse();
        fixture.given(created(), new CategoryDeactivatedEvent(ID)).when(new ReactivateCategoryCommand(ID, ADMIN, null))
                .expectSuccessfulHandlerExecution();
        assertThat(tree.isActive(ID)).isTrue();
    }

    private static ChangeCategoryDetailsCommand details(Patch<String> name, Patch<String> slug, Patch<String> description) {
        return new ChangeCategoryDetailsCommand(ID, ADMIN, null, name, slug, description);
    }
}
