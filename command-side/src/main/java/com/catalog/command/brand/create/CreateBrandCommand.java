package com.catalog.command.brand.create;

import com.catalog.command.domain.Actor;

/** Create a brand. Carries no target identifier: it creates the aggregate, whose id the caller chose. */
public record CreateBrandCommand(
        String brandId,
        Actor actor,
        String name,
        String slug,
        String description,
        String logoUrl,
        String websiteUrl) {
}
