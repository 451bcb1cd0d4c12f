package com.catalog.query.product.details;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process cache of buyers' product pages ({@link ProductPages}).
 *
 * @param enabled      off: every read goes to PostgreSQL, as before the cache
 * @param maxPages     products kept (each with its pages per asked locale, ~1-3 KB of JSON each)
 * @param ttl          the longest a page is kept even if no change event evicts it, a last backstop (a change is
 *                     evicted within one poll of the tail, and a silent tail switches the cache off, see
 *                     {@code tailSilence}); each kept page lives a time drawn between half of it and all of it, so
 *                     pages loaded together are not reloaded together. Every expiry is a reload from PostgreSQL in a
 *                     buyer's request: at 5 min they were about 1 % of the reads of a 10,000-product working set,
 *                     enough to show in the p99 (docs/benchmarks.md, read path, session 7)
 * @param retryDelay   pause before the event-store tail reopens its stream after a failure (the cache is off then)
 * @param tailSilence  longest the event-store tail may go without a poll before pages are neither served nor kept:
 *                     a tail stuck without failing would otherwise leave changed pages in the cache until {@code ttl}
 */
@ConfigurationProperties("catalog.read.products.page-cache")
record ProductPageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20000") long maxPages,
        @DefaultValue("30m") Duration ttl,
        @DefaultValue("5s") Duration retryDelay,
        @DefaultValue("10s") Duration tailSilence) {
}
