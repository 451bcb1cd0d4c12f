package com.catalog.query.product.details;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Buyers' product pages, kept in memory as the JSON bytes sent and their ETag, so a repeated read costs no
 * PostgreSQL round trip and no serialisation. {@link ProductPageChanges} tails the event store on every instance
 * and evicts a product's pages at each of its events; a page loaded before the projection caught up with such an
 * event is served but not kept (its sequence is below the newest one seen). Pages are kept only while the tail
 * follows the event store and has shown a sign of life within {@code tail-silence} (10 s), and never longer than
 * {@code ttl} ({@link PageLifetime}: each keep lives between half of it and all of it, so pages loaded together do
 * not all reload together).
 */
@Component
@EnableConfigurationProperties(ProductPageCacheProperties.class)
class ProductPages {

    private static final String DEFAULT_LOCALE = "";

    private final ProductDetailsRepository products;
    private final ProductVariantRepository variants;
    private final ProductMediaRepository media;
    private final ObjectMapper json;
    private final boolean enabled;
    /** product → its pages by asked locale, all of one sequence */
    private final Cache<UUID, Map<String, ProductPage>> pages;
    /** product → the newest sequence the tail has seen for it, kept as long as a page may be */
    private final Cache<UUID, Long> changes;
    private volatile boolean following;
    private final TailHeartbeat tail;

    ProductPages(ProductDetailsRepository products, ProductVariantRepository variants, ProductMediaRepository media,
                 ObjectMapper json, ProductPageCacheProperties properties) {
        this.products = products;
        this.variants = variants;
        this.media = media;
        this.json = json;
        this.enabled = properties.enabled();
        this.pages = Caffeine.newBuilder().maximumSize(properties.maxPages())
                .expireAfter(new PageLifetime<UUID, Map<String, ProductPage>>(properties.ttl())).build();
        this.changes = Caffeine.newBuilder().expireAfterWrite(properties.ttl()).build();
        this.tail = new TailHeartbeat(properties.tailSilence());
    }

    /**
     * The current version as anyone but its owner or an admin sees it.
     *
     * @param fresh read PostgreSQL even if a page is kept (read-your-writes: the projection may be ahead of the tail)
     * @throws ProductNotFoundException (never kept)
     */
    ProductPage current(UUID id, String locale, boolean fresh) {
        String key = locale == null ? DEFAULT_LOCALE : locale;
        if (!fresh && trusted()) {
            Map<String, ProductPage> kept = pages.getIfPresent(id);
            ProductPage page = kept == null ? null : kept.get(key);
            if (page != null) {
                return page;
            }
        }
        ProductPage loaded = load(id, locale);
        if (trusted()) {
            keep(id, key, loaded);
        }
        return loaded;
    }

    /** The tail saw an event of this product: drop its pages, and keep none older than {@code sequence}. */
    void changed(UUID id, long sequence) {
        changes.asMap().merge(id, sequence, Math::max);
        // after the mark: an eviction waits for a keep() running on the same product, which saw the mark or is removed
        pages.invalidate(id);
    }

    /**
     * The tail is reading the event store (it calls this at least once per poll, about every second): a tail silent
     * for longer than {@code tail-silence} (stuck, not failed) could miss changes, so no page is served or kept until
     * it speaks again, and what was kept before the silence is dropped. This, not the {@code ttl}, is what bounds
     * the staleness of a kept page.
     */
    void alive() {
        if (!tail.alive()) {
            // back from a silence: what was kept before it may have missed changes the tail is only now reading
            pages.invalidateAll();
        }
        tail.beat();
    }

    /** Pages may be served and kept: the tail follows the event store and has not gone silent. */
    private boolean trusted() {
        return following && tail.alive();
    }

    /** The tail follows the event store again (or for the first time): pages may be kept. */
    void following() {
        following = enabled;
    }

    /** The tail lost the event store: changes may go unseen, so keep nothing until it follows again. */
    void lost() {
        following = false;
        pages.invalidateAll();
    }

    private void keep(UUID id, String locale, ProductPage page) {
        pages.asMap().compute(id, (product, kept) -> {
            Long newest = changes.getIfPresent(product);
            if (newest != null && page.sequence() < newest) {
                return kept;
            }
            ProductPage any = kept == null || kept.isEmpty() ? null : kept.values().iterator().next();
            if (any == null || any.sequence() < page.sequence()) {
                return Map.of(locale, page);
            }
            if (any.sequence() > page.sequence()) {
                return kept;
            }
            Map<String, ProductPage> more = new HashMap<>(kept);
            more.put(locale, page);
            return Map.copyOf(more);
        });
    }

    private ProductPage load(UUID id, String locale) {
        ProductDetails product = products.findById(id).orElseThrow(() -> new ProductNotFoundException(id));
        // buyers' page: the current version, without the owner's extras (cost price, staged changes)
        ProductDetailsResponse body = ProductDetailsResponse.of(product, variants.variantsOf(id, false),
                media.find(id, false).orElse(new ProductMedia(List.of(), false)), locale, false, false, false);
        try {
            return ProductPage.of(product.sellerId(), product.lastSequence(), json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("product page of " + id + " cannot be written as JSON", e);
        }
    }
}
