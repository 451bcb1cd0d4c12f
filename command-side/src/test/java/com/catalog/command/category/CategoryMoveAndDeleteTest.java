package com.catalog.command.category;

import static com.catalog.command.category.CategoryFixtures.ADMIN;
import static com.catalog.command.category.CategoryFixtures.ID;
import static com.catalog.command.category.CategoryFixtures.OTHER;
import static com.catalog.command.category.CategoryFixtures.PARENT;
import static com.catalog.command.category.CategoryFixtures.created;
import static com.catalog.command.category.CategoryFixtures.createdUnder;
import static com.catalog.command.category.CategoryFixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.category.delete.DeleteCategoryCommand;
import com.catalog.command.category.feature.FeatureCategoryCommand;
import com.catalog.command.category.move.MoveCategoryCommand;
import com.catalog.events.category.CategoryDeletedEvent;
import com.catalog.events.category.CategoryMovedEvent;
import org.axonframework.eventsourcing.AggregateDeletedException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Moves keep the tree a tree of at most 8 levels; deletion keeps products and children from being orphaned. */
class CategoryMoveAndDeleteTest {

    private final InMemoryCategoryTree tree = new InMemoryCategoryTree().with(PARENT, "apparel", null);
    private final InMemoryCategoryUsage usage = new InMemoryCategoryUsage();
    private AggregateTestFixture<Category> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Category.class);
        fixture.registerInjectableResource(tree);
        fixture.registerInjectableResource(usage);
    }

    @Test
    void given_a_root_when_moved_under_another_category_then_the_move_is_stored_and_the_tree_follows() {
        tree.with(ID, "shoes", null);
        fixture.given(created()).when(move(PARENT))
                .expectEvents(new CategoryMovedEvent(ID, null, PARENT));
        assertThat(tree.parentOf(ID)).isEqualTo(PARENT);
    }

    @Test
    void given_a_subcategory_when_moved_to_the_root_then_it_becomes_a_root() {
        tree.with(ID, "shoes", PARENT);
        fixture.given(createdUnder(PARENT)).when(move(null))
                .expectEvents(new CategoryMovedEvent(ID, PARENT, null));
        assertThat(tree.parentOf(ID)).isNull();
    }

    @Test
    void given_a_category_when_moved_to_its_current_parent_then_nothing_is_stored() {
        tree.with(ID, "shoes", PARENT);
        fixture.given(createdUnder(PARENT)).when(move(PARENT)).expectNoEvents();
    }

    @Test
    void given_a_category_when_moved_under_itself_then_the_cycle_is_refused() {
        tree.with(ID, "shoes", null);
        fixture.given(created()).when(move(ID))
                .expectException(withCode("category-cycle"))
                .expectNoEvents();
    }

    @Test
    void given_a_category_with_a_grandchild_when_moved_under_it_then_the_cycle_is_refused() {
        tree.with(ID, "shoes", null).with("child", "child", ID).with("grandchild", "grandchild", "child");
        fixture.given(created()).when(move("grandchild"))
                .expectException(withCode("category-cycle"))
                .expectNoEvents();
        assertThat(tree.parentOf(ID)).isNull();
    }

    @Test
    void given_a_subtree_of_3_levels_when_moved_under_a_category_at_depth_6_then_the_ninth_level_is_refused() {
        tree.with(ID, "shoes", null).with("child", "child", ID).with("grandchild", "grandchild", "child");
        String parent = null;
        for (int level = 1; level <= 6; level++) {
            tree.with("level-" + level, "level-" + level, parent);
            parent = "level-" + level;
        }
        fixture.given(created()).when(move(parent))
                .expectException(withCode("category-too-deep"))
                .expectNoEvents();
        fixture.given(created()).when(move("level-5"))
                .expectEvents(new CategoryMovedEvent(ID, null, "level-5"));
    }

    @Test
    void given_a_category_when_moved_under_an_unknown_parent_then_it_is_refused() {
        tree.with(ID, "shoes", null);
        fixture.given(created()).when(move(OTHER))
                .expectException(withCode("parent-not-found"));
    }

    @Test
    void given_a_leaf_without_products_when_deleted_then_it_is_gone_and_its_slug_free() {
        tree.with(ID, "shoes", null);
        fixture.given(created()).when(new DeleteCategoryCommand(ID, ADMIN, null, null))
                .expectEvents(new CategoryDeletedEvent(ID, null))
                .expectMarkedDeleted();
        assertThat(tree.holdsSlug("shoes")).isFalse();
    }

    @Test
    void given_a_category_with_a_child_when_deleted_then_it_is_refused_even_with_a_target() {
        tree.with(ID, "shoes", null).with("child", "child", ID);
        fixture.given(created()).when(new DeleteCategoryCommand(ID, ADMIN, null, PARENT))
                .expectException(withCode("category-has-children"))
                .expectNoEvents();
    }

    @Test
    void given_active_products_when_deleted_without_a_target_then_it_is_refused() {
        tree.with(ID, "shoes", null);
        usage.with(ID, 3);
        fixture.given(created()).when(new DeleteCategoryCommand(ID, ADMIN, null, null))
                .expectException(withCode("category-has-products"))
                .expectNoEvents();
    }

    @Test
    void given_active_products_when_deleted_with_a_target_then_the_event_names_the_target() {
        tree.with(ID, "shoes", null);
        usage.with(ID, 3);
        fixture.given(created()).when(new DeleteCategoryCommand(ID, ADMIN, null, PARENT))
                .expectEvents(new CategoryDeletedEvent(ID, PARENT));
    }

    @Test
    void given_a_category_when_the_target_is_itself_or_unknown_then_it_is_refused() {
        tree.with(ID, "shoes", null);
        fixture.given(created()).when(new DeleteCategoryCommand(ID, ADMIN, null, ID))
                .expectException(withCode("reassign-target-invalid"));
        fixture.given(created()).when(new DeleteCategoryCommand(ID, ADMIN, null, OTHER))
                .expectException(withCode("reassign-target-invalid"));
    }

    @Test
    void given_a_deactivated_target_when_deleted_with_it_then_it_is_refused() {
        tree.with(ID, "shoes", null);
        tree.setActive(PARENT, false);
        usage.with(ID, 3);
        fixture.given(created()).when(new DeleteCategoryCommand(ID, ADMIN, null, PARENT))
                .expectException(withCode("reassign-target-inactive"))
                .expectNoEvents();
        assertThat(tree.contains(ID)).as("the category stays in the tree").isTrue();
    }

    @Test
    void given_a_deleted_category_when_changed_then_it_no_longer_exists() {
        fixture.given(created(), new CategoryDeletedEvent(ID, null))
                .when(new FeatureCategoryCommand(ID, ADMIN, null))
                .expectException(AggregateDeletedException.class);
    }

    private static MoveCategoryCommand move(String newParentId) {
        return new MoveCategoryCommand(ID, ADMIN, null, newParentId);
    }
}
