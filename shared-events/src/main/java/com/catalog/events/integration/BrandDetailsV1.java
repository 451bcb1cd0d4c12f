package com.catalog.events.integration;

/**
 * A brand's changeable fields on the public contract. In a changed event only the changed fields are set; the
 * others are null (a cleared optional field is named in changedFields).
 *
 * @param name        display name
 * @param slug        URL segment
 * @param description plain text
 * @param logoUrl     logo URL
 * @param websiteUrl  site URL
 * @param featured    featured or not
 */
public record BrandDetailsV1(
        String name,
        String slug,
        String description,
        String logoUrl,
        String websiteUrl,
        Boolean featured) {
}
