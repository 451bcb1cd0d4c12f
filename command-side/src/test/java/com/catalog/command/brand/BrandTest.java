package com.catalog.command.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.catalog.command.brand.create.CreateBrandCommand;
import com.catalog.command.brand.delete.DeleteBrandCommand;
import com.catalog.command.brand.feature.FeatureBrandCommand;
import com.catalog.command.brand.feature.UnfeatureBrandCommand;
import com.catalog.command.brand.update.UpdateBrandCommand;
import com.catalog.command.domain.Actor;
import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.Patch;
import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandDeletedEvent;
import com.catalog.events.brand.BrandFeaturedEvent;
import com.catalog.events.brand.BrandUnfeaturedEvent;
import com.catalog.events.brand.BrandUpdatedEvent;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every brand command and rule, given/when/then. */
class BrandTest {

    private static final String ID = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e01";
    private static final String OTHER = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e02";
    private static final Actor ADMIN = Actor.admin("admin-1");
    private static final String LOGO = "https://cdn.example.com/acme.png";
    private static final String SITE = "https://acme.example.com";

    private final InMemoryBrandLookup lookup = new InMemoryBrandLookup();
    private final Map<String, Long> activeProducts = new HashMap<>();
    private AggregateTestFixture<Brand> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Brand.class);
        fixture.registerInjectableResource(lookup);
        fixture.registerInjectableResource((BrandUsage) brandId -> activeProducts.getOrDefault(brandId, 0L));
    }

    @Test
    void given_nothing_when_an_admin_creates_a_brand_then_it_is_created_and_its_name_and_slug_claimed() {
        fixture.givenNoPriorActivity().when(create("Acme", "acme"))
                .expectEvents(new BrandCreatedEvent(ID, "Acme", "acme", "Gear", LOGO, SITE));
        assertThat(lookup.nameKeyOf(ID)).isEqualTo("acme");
    }

    @Test
    void given_a_brand_called_acme_when_another_is_called_ACME_then_the_name_is_taken_whatever_the_case() {
        lookup.with(OTHER, "acme", "acme-inc");
        fixture.givenNoPriorActivity().when(create("ACME", "acme-2"))
                .expectException(withCode("name-taken")).expectNoEvents();
    }

    @Test
    void given_a_brand_with_the_slug_when_another_claims_it_then_it_is_refused() {
        lookup.with(OTHER, "globex", "acme");
        fixture.givenNoPriorActivity().when(create("Acme", "acme"))
                .expectException(withCode("slug-taken")).expectNoEvents();
    }

    @Test
    void given_nothing_when_a_seller_creates_a_brand_then_it_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new CreateBrandCommand(ID, Actor.nonAdmin("seller-1"), "Acme", "acme", null, null, null))
                .expectException(withCode("admin-only")).expectNoEvents();
    }

    @Test
    void given_nothing_when_a_url_is_not_http_then_the_aggregate_refuses_it() {
        fixture.givenNoPriorActivity()
                .when(new CreateBrandCommand(ID, ADMIN, "Acme", "acme", null, "javascript:alert(1)", null))
                .expectException(withCode("invalid-brand")).expectNoEvents();
    }

    @Test
    void given_a_brand_when_patched_then_the_event_carries_every_detail_as_it_now_is() {
        lookup.with(ID, "acme", "acme");
        fixture.given(created()).when(update(Patch.of("Acme Outdoor"), Patch.absent(), Patch.of(null)))
                .expectEvents(new BrandUpdatedEvent(ID, "Acme Outdoor", "acme", "Gear", null, SITE));
        assertThat(lookup.nameKeyOf(ID)).isEqualTo("acme outdoor");
    }

    @Test
    void given_a_brand_when_renamed_to_the_same_name_in_another_case_then_only_the_spelling_changes() {
        lookup.with(ID, "acme", "acme").with(OTHER, "globex", "globex");
        fixture.given(created()).when(update(Patch.of("ACME"), Patch.absent(), Patch.absent()))
                .expectEvents(new BrandUpdatedEvent(ID, "ACME", "acme", "Gear", LOGO, SITE));
    }

    @Test
    void given_another_brand_when_renamed_to_its_name_then_it_is_refused() {
        lookup.with(ID, "acme", "acme").with(OTHER, "globex", "globex");
        fixture.given(created()).when(update(Patch.of("Globex"), Patch.absent(), Patch.absent()))
                .expectException(withCode("name-taken")).expectNoEvents();
    }

    @Test
    void given_a_brand_when_nothing_changes_then_nothing_is_stored() {
        fixture.given(created()).when(update(Patch.of("Acme"), Patch.of("acme"), Patch.of(LOGO)))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void given_version_0_when_the_caller_saw_another_version_then_the_precondition_fails() {
        fixture.given(created())
                .when(new UpdateBrandCommand(ID, ADMIN, 4L, Patch.of("X"), Patch.absent(), Patch.absent(), Patch.absent(), Patch.absent()))
                .expectException(ConflictingAggregateVersionException.class);
    }

    @Test
    void given_a_brand_when_featured_and_unfeatured_then_each_is_stored_once() {
        fixture.given(created()).when(new FeatureBrandCommand(ID, ADMIN, null)).expectEvents(new BrandFeaturedEvent(ID));
        fixture.given(created(), new BrandFeaturedEvent(ID)).when(new FeatureBrandCommand(ID, ADMIN, null)).expectNoEvents();
        fixture.given(created(), new BrandFeaturedEvent(ID)).when(new UnfeatureBrandCommand(ID, ADMIN, null))
                .expectEvents(new BrandUnfeaturedEvent(ID));
    }

    @Test
    void given_a_brand_without_products_when_deleted_then_its_name_is_free_again() {
        lookup.with(ID, "acme", "acme");
        fixture.given(created()).when(new DeleteBrandCommand(ID, ADMIN, null, null))
                .expectEvents(new BrandDeletedEvent(ID, null)).expectMarkedDeleted();
        assertThat(lookup.contains(ID)).isFalse();
    }

    @Test
    void given_active_products_when_deleted_without_a_target_then_it_is_refused_and_with_one_the_event_names_it() {
        lookup.with(ID, "acme", "acme").with(OTHER, "globex", "globex");
        activeProducts.put(ID, 2L);
        fixture.given(created()).when(new DeleteBrandCommand(ID, ADMIN, null, null))
                .expectException(withCode("brand-has-products")).expectNoEvents();
        fixture.given(created()).when(new DeleteBrandCommand(ID, ADMIN, null, OTHER))
                .expectEvents(new BrandDeletedEvent(ID, OTHER));
    }

    @Test
    void given_a_brand_when_the_target_is_itself_or_unknown_then_it_is_refused() {
        lookup.with(ID, "acme", "acme");
        fixture.given(created()).when(new DeleteBrandCommand(ID, ADMIN, null, ID))
                .expectException(withCode("reassign-target-invalid"));
        fixture.given(created()).when(new DeleteBrandCommand(ID, ADMIN, null, OTHER))
                .expectException(withCode("reassign-target-invalid"));
    }

    private static BrandCreatedEvent created() {
        return new BrandCreatedEvent(ID, "Acme", "acme", "Gear", LOGO, SITE);
    }

    private static CreateBrandCommand create(String name, String slug) {
        return new CreateBrandCommand(ID, ADMIN, name, slug, "Gear", LOGO, SITE);
    }

    private static UpdateBrandCommand update(Patch<String> name, Patch<String> slug, Patch<String> logoUrl) {
        return new UpdateBrandCommand(ID, ADMIN, null, name, slug, Patch.absent(), logoUrl, Patch.absent());
    }

    private static Matcher<Throwable> withCode(String code) {
        return new FeatureMatcher<>(equalTo(code), "rule violation with code", "code") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof DomainRuleViolation violation ? violation.code() : null;
            }
        };
    }
}
