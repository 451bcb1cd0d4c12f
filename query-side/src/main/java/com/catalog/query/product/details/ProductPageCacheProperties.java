package com.catalog.query.product.details;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process cache of buyers' product pages ({@link ProductPages}).
 *
 * @param enabled      off: every read goes to PostgreSQL, as before the cache
 * @param maxPages     products kept (each with its pages per asked locale, ~1-3 KB of JSON each)
 * @param ttl          the longest a page is kept even if no change event evicts it: bounds staleness should the
 *                     event-store tail fall behind the projection (a change is normally evicted within one poll);
 *                     each kept page lives a time drawn between half of it and all of it, so pages loaded together
 *                     are not reloaded together
 * @param retryDelay   pause before the event-store tail reopens its stream after a failure (the cache is off then)
 */
@ConfigurationProperties("catalog.read.products.page-cache")
record ProductPageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20000") long maxPages,
        @DefaultValue("5m") Duration ttl,
        @DefaultValue("5s") Duration retryDelay) {
}
