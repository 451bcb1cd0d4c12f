package com.catalog.command.brand;

import com.catalog.command.domain.Slugs;
import com.catalog.command.domain.WebUrls;
import java.util.Locale;

/**
 * The editable details of a brand. New details come through {@link #checked}; details rebuilt from stored events
 * are taken as they were, so a rule tightened later never stops an old brand from loading.
 *
 * @param description may be null
 * @param logoUrl     may be null; never fetched
 * @param websiteUrl  may be null; never fetched
 */
public record BrandDetails(String name, String slug, String description, String logoUrl, String websiteUrl) {

    /** @throws BrandRuleViolation (422) when a field breaks a rule */
    static BrandDetails checked(String name, String slug, String description, String logoUrl, String websiteUrl) {
        if (name == null || name.isBlank() || name.length() > BrandLimits.NAME_MAX_LENGTH) {
            throw BrandRuleViolation.invalid("A name of 1 to " + BrandLimits.NAME_MAX_LENGTH + " characters is required.");
        }
        if (!Slugs.isValid(slug)) {
            throw BrandRuleViolation.invalid("The slug must be " + Slugs.RULE + ".");
        }
        if (description != null && description.length() > BrandLimits.DESCRIPTION_MAX_LENGTH) {
            throw BrandRuleViolation.invalid("The description may have at most " + BrandLimits.DESCRIPTION_MAX_LENGTH + " characters.");
        }
        if (logoUrl != null && !WebUrls.isValid(logoUrl) || websiteUrl != null && !WebUrls.isValid(websiteUrl)) {
            throw BrandRuleViolation.invalid("Logo and website URLs must be " + WebUrls.RULE + ".");
        }
        return new BrandDetails(name, slug, description, logoUrl, websiteUrl);
    }

    /** What uniqueness compares: "ACME" and "acme" are the same brand. */
    String nameKey() {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
