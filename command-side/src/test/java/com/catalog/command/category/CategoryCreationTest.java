package com.catalog.command.category;

import static com.catalog.command.category.CategoryFixtures.ADMIN;
import static com.catalog.command.category.CategoryFixtures.ID;
import static com.catalog.command.category.CategoryFixtures.OTHER;
import static com.catalog.command.category.CategoryFixtures.PARENT;
import static com.catalog.command.category.CategoryFixtures.SELLER;
import static com.catalog.command.category.CategoryFixtures.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.catalog.command.category.create.CreateCategoryCommand;
import com.catalog.command.domain.AdminOnlyException;
import com.catalog.events.category.CategoryCreatedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CategoryCreationTest {

    private final InMemoryCategoryTree tree = new InMemoryCategoryTree();
    private AggregateTestFixture<Category> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Category.class);
        fixture.registerInjectableResource(tree);
        fixture.registerInjectableResource(new InMemoryCategoryUsage());
    }

    @Test
    void given_nothing_when_an_admin_creates_a_root_category_then_it_is_created_and_its_slug_claimed() {
        fixture.givenNoPriorActivity()
                .when(create(null, "shoes"))
                .expectEvents(new CategoryCreatedEvent(ID, "Shoes", "shoes", "All shoes", null, 5));
        assertThat(tree.parentOf(ID)).isNull();
        assertThat(tree.slugOf(ID)).isEqualTo("shoes");
    }

    @Test
    void given_a_parent_when_a_subcategory_is_created_then_it_sits_under_it() {
        tree.with(PARENT, "apparel", null);
        fixture.givenNoPriorActivity()
                .when(create(PARENT, "shoes"))
                .expectEvents(new CategoryCreatedEvent(ID, "Shoes", "shoes", "All shoes", PARENT, 5));
        assertThat(tree.parentOf(ID)).isEqualTo(PARENT);
    }

    @Test
    void given_nothing_when_a_seller_creates_a_category_then_it_is_refused_as_admin_only() {
        fixture.givenNoPriorActivity()
                .when(new CreateCategoryCommand(ID, SELLER, "Shoes", "shoes", null, null, 0))
                .expectException(AdminOnlyException.class)
                .expectException(withCode("admin-only"))
                .expectNoEvents();
        assertThat(tree.contains(ID)).isFalse();
    }

    @Test
    void given_a_category_holding_the_slug_when_another_claims_it_then_it_is_refused() {
        tree.with(OTHER, "shoes", null);
        fixture.givenNoPriorActivity()
                .when(create(null, "shoes"))
                .expectException(withCode("slug-taken"))
                .expectNoEvents();
    }

    @Test
    void given_no_such_parent_when_a_subcategory_is_created_then_it_is_refused() {
        fixture.givenNoPriorActivity()
                .when(create(PARENT, "shoes"))
                .expectException(withCode("parent-not-found"))
                .expectNoEvents();
    }

    @Test
    void given_a_parent_at_depth_8_when_a_child_is_created_then_the_ninth_level_is_refused() {
        String parent = null;
        for (int level = 1; level <= CategoryLimits.MAX_DEPTH; level++) {
            tree.with("level-" + level, "level-" + level, parent);
            parent = "level-" + level;
        }
        fixture.givenNoPriorActivity()
                .when(create(parent, "too-deep"))
                .expectException(withCode("category-too-deep"))
                .expectNoEvents();
    }

    @Test
    void given_nothing_when_the_details_break_a_rule_then_the_aggregate_refuses_them_whatever_the_edge_let_through() {
        fixture.givenNoPriorActivity()
                .when(new CreateCategoryCommand(ID, ADMIN, " ", "Not A Slug", null, null, 0))
                .expectException(withCode("invalid-category"))
                .expectNoEvents();
    }

    private static CreateCategoryCommand create(String parentId, String slug) {
        return new CreateCategoryCommand(ID, ADMIN, "Shoes", slug, "All shoes", parentId, 5);
    }
}
