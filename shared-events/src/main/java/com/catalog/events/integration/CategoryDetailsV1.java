package com.catalog.events.integration;

/**
 * A category's changeable fields on the public contract. In a changed event only the changed fields are set; the
 * others are null, so "unchanged" never reads as "emptied" (a cleared description is named in changedFields).
 *
 * @param name        display name
 * @param slug        URL segment
 * @param description plain text
 * @param sortOrder   position among its siblings
 * @param featured    featured or not
 * @param active      visible to buyers or not (deactivated)
 */
public record CategoryDetailsV1(
        String name,
        String slug,
        String description,
        Integer sortOrder,
        Boolean featured,
        Boolean active) {
}
