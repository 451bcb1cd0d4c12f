package com.catalog.query.integration;

import com.catalog.events.brand.BrandCreatedEvent;
import com.catalog.events.brand.BrandFeaturedEvent;
import com.catalog.events.brand.BrandUnfeaturedEvent;
import com.catalog.events.brand.BrandUpdatedEvent;
import com.catalog.events.integration.BrandDetailsV1;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A brand's public fields as its events left them: the "before" of a public change event. */
record BrandState(String name, String slug, String description, String logoUrl, String websiteUrl, boolean featured) {

    static final BrandState NONE = new BrandState(null, null, null, null, null, false);

    static BrandState of(List<Object> history) {
        BrandState state = NONE;
        for (Object event : history) {
            state = state.apply(event);
        }
        return state;
    }

    BrandState apply(Object event) {
        if (event instanceof BrandCreatedEvent e) {
            return new BrandState(e.name(), e.slug(), e.description(), e.logoUrl(), e.websiteUrl(), false);
        } else if (event instanceof BrandUpdatedEvent e) {
            return new BrandState(e.name(), e.slug(), e.description(), e.logoUrl(), e.websiteUrl(), featured);
        } else if (event instanceof BrandFeaturedEvent || event instanceof BrandUnfeaturedEvent) {
            return new BrandState(name, slug, description, logoUrl, websiteUrl, event instanceof BrandFeaturedEvent);
        }
        return this;
    }

    List<String> changedFields(BrandState after) {
        List<String> fields = new ArrayList<>();
        addIf(fields, "name", !Objects.equals(name, after.name));
        addIf(fields, "slug", !Objects.equals(slug, after.slug));
        addIf(fields, "description", !Objects.equals(description, after.description));
        addIf(fields, "logoUrl", !Objects.equals(logoUrl, after.logoUrl));
        addIf(fields, "websiteUrl", !Objects.equals(websiteUrl, after.websiteUrl));
        addIf(fields, "featured", featured != after.featured);
        return fields;
    }

    /** Only the named fields set, the others null. */
    BrandDetailsV1 details(List<String> fields) {
        return new BrandDetailsV1(
                fields.contains("name") ? name : null,
                fields.contains("slug") ? slug : null,
                fields.contains("description") ? description : null,
                fields.contains("logoUrl") ? logoUrl : null,
                fields.contains("websiteUrl") ? websiteUrl : null,
                fields.contains("featured") ? featured : null);
    }

    private static void addIf(List<String> fields, String field, boolean changed) {
        if (changed) {
            fields.add(field);
        }
    }
}
