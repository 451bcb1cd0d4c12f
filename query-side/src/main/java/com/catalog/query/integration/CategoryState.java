package com.catalog.query.integration;

import com.catalog.events.category.CategoryCreatedEvent;
import com.catalog.events.category.CategoryDeactivatedEvent;
import com.catalog.events.category.CategoryDetailsChangedEvent;
import com.catalog.events.category.CategoryFeaturedEvent;
import com.catalog.events.category.CategoryMovedEvent;
import com.catalog.events.category.CategoryReactivatedEvent;
import com.catalog.events.category.CategoryReorderedEvent;
import com.catalog.events.category.CategoryUnfeaturedEvent;
import com.catalog.events.integration.CategoryDetailsV1;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A category's public fields as its events left them: the "before" of a public change event. */
record CategoryState(String name, String slug, String description, String parentId, int sortOrder, boolean featured,
                     boolean active) {

    static final CategoryState NONE = new CategoryState(null, null, null, null, 0, false, true);

    static CategoryState of(List<Object> history) {
        CategoryState state = NONE;
        for (Object event : history) {
            state = state.apply(event);
        }
        return state;
    }

    CategoryState apply(Object event) {
        if (event instanceof CategoryCreatedEvent e) {
            return new CategoryState(e.name(), e.slug(), e.description(), e.parentId(), e.sortOrder(), false, true);
        } else if (event instanceof CategoryDetailsChangedEvent e) {
            return new CategoryState(e.name(), e.slug(), e.description(), parentId, sortOrder, featured, active);
        } else if (event instanceof CategoryReorderedEvent e) {
            return new CategoryState(name, slug, description, parentId, e.sortOrder(), featured, active);
        } else if (event instanceof CategoryMovedEvent e) {
            return new CategoryState(name, slug, description, e.newParentId(), sortOrder, featured, active);
        } else if (event instanceof CategoryFeaturedEvent || event instanceof CategoryUnfeaturedEvent) {
            return new CategoryState(name, slug, description, parentId, sortOrder,
                    event instanceof CategoryFeaturedEvent, active);
        } else if (event instanceof CategoryDeactivatedEvent || event instanceof CategoryReactivatedEvent) {
            return new CategoryState(name, slug, description, parentId, sortOrder, featured,
                    event instanceof CategoryReactivatedEvent);
        }
        return this;
    }

    /** The public field names whose values differ (the parent is not among them: a move is its own event). */
    List<String> changedFields(CategoryState after) {
        List<String> fields = new ArrayList<>();
        addIf(fields, "name", !Objects.equals(name, after.name));
        addIf(fields, "slug", !Objects.equals(slug, after.slug));
        addIf(fields, "description", !Objects.equals(description, after.description));
        addIf(fields, "sortOrder", sortOrder != after.sortOrder);
        addIf(fields, "featured", featured != after.featured);
        addIf(fields, "active", active != after.active);
        return fields;
    }

    /** Only the named fields set, the others null. */
    CategoryDetailsV1 details(List<String> fields) {
        return new CategoryDetailsV1(
                fields.contains("name") ? name : null,
                fields.contains("slug") ? slug : null,
                fields.contains("description") ? description : null,
                fields.contains("sortOrder") ? sortOrder : null,
                fields.contains("featured") ? featured : null,
                fields.contains("active") ? active : null);
    }

    private static void addIf(List<String> fields, String field, boolean changed) {
        if (changed) {
            fields.add(field);
        }
    }
}
