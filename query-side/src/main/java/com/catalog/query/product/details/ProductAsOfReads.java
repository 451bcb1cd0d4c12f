package com.catalog.query.product.details;

import com.catalog.query.browse.BrowseCaching;
import com.catalog.query.eventstore.AggregateEvents;
import com.catalog.query.product.ProductStatus;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Point-in-time product pages ({@code ?asOf=}): "what did the buyer see when the order was placed". Rebuilt from
 * the product's own events with a timestamp at or before the moment, not from the read model, so it answers for any
 * moment in the product's life. Buyers get it only if the product was published then, in its current version of
 * then (staged edits made before that moment but published only later are not in it); its owner and admins get it
 * whatever its status, and may ask for the staged version of then.
 */
@Component
class ProductAsOfReads {

    private final AggregateEvents events;
    private final BrowseCaching caching;

    ProductAsOfReads(AggregateEvents events, BrowseCaching caching) {
        this.events = events;
        this.caching = caching;
    }

    ResponseEntity<ProductDetailsResponse> read(UUID id, String asOf, boolean staged, String locale,
                                                Authentication caller) {
        Instant at = AsOf.parse(asOf, Instant.now());
        PastProduct past = PastProduct.of(events.readWhile(id.toString(), event -> !event.getTimestamp().isAfter(at)))
                .orElseThrow(() -> new ProductNotFoundException(id));
        ProductDetails product = past.row();
        boolean privileged = ProductReaders.isOwnerOrAdmin(caller, product.sellerId());
        if (staged && !privileged) {
            throw new StagedVersionDeniedException(caller != null && caller.isAuthenticated());
        }
        if (!privileged && product.status() != ProductStatus.PUBLISHED) {
            throw new ProductNotFoundException(id);
        }
        return ResponseEntity.ok()
                .cacheControl(privileged ? CacheControl.noCache().cachePrivate() : caching.publicRead())
                .varyBy(HttpHeaders.AUTHORIZATION)
                // the state at a version never changes, so the version names this URL's bytes exactly
                .eTag("\"" + product.lastSequence() + "\"")
                .body(ProductDetailsResponse.of(product, past.variants(staged), past.media(staged), locale, staged,
                        privileged, privileged && past.hasStagedChanges()));
    }
}
