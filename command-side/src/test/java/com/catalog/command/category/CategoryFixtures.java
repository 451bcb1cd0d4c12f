package com.catalog.command.category;

import static org.hamcrest.Matchers.equalTo;

import com.catalog.command.domain.Actor;
import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.events.category.CategoryCreatedEvent;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/** Ids, actors and events the category aggregate tests share. */
final class CategoryFixtures {

    static final String ID = "3a0f6f7e-8a55-4c1e-9f0b-6d2b8c1e0a01";
    static final String PARENT = "3a0f6f7e-8a55-4c1e-9f0b-6d2b8c1e0a02";
    static final String OTHER = "3a0f6f7e-8a55-4c1e-9f0b-6d2b8c1e0a03";
    static final Actor ADMIN = Actor.admin("admin-1");
    static final Actor SELLER = Actor.nonAdmin("seller-1");

    private CategoryFixtures() {
    }

    static CategoryCreatedEvent created() {
        return new CategoryCreatedEvent(ID, "Shoes", "shoes", "All shoes", null, 0);
    }

    static CategoryCreatedEvent createdUnder(String parentId) {
        return new CategoryCreatedEvent(ID, "Shoes", "shoes", "All shoes", parentId, 0);
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
