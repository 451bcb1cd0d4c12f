package com.catalog.query.browse;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * HTTP caching of the public catalog reads (categories, brands).
 *
 * @param maxAge       how long a shared cache or browser may reuse a response without asking again; afterwards it
 *                     revalidates with {@code If-None-Match} and usually gets a 304
 * @param etagPatterns servlet URL patterns that get a strong ETag computed from the body, and 304 on a match
 * @param activityWindow how far back "recent activity" of category and brand statistics and top brands looks
 * @param aggregateTtl   how long a catalog-wide aggregate (tree product counts, brand ranking) is reused before it is
 *                       computed again; a read with a min position always recomputes
 */
@ConfigurationProperties("catalog.read.browse")
public record BrowseProperties(
        @DefaultValue("30s") Duration maxAge,
        @DefaultValue({"/api/v1/categories", "/api/v1/categories/*", "/api/v1/brands", "/api/v1/brands/*", "/api/v1/me/*"})
        List<String> etagPatterns,
        @DefaultValue("30d") Duration activityWindow,
        @DefaultValue("5s") Duration aggregateTtl) {
}
