package com.catalog.query.product.search;

import com.catalog.query.browse.BrowseCaching;
import com.catalog.query.consistency.MinPosition;
import com.catalog.query.consistency.ProjectionConsistency;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * What every public read of the index does around its query: read-your-writes on request, then a 200 that shared
 * caches may keep for a while (the ETag and 304 come from the browse ETag filter).
 */
@Component
class SearchReads {

    private final ProjectionConsistency consistency;
    private final ProductSearcher searcher;
    private final BrowseCaching caching;

    SearchReads(ProjectionConsistency consistency, ProductSearcher searcher, BrowseCaching caching) {
        this.consistency = consistency;
        this.searcher = searcher;
        this.caching = caching;
    }

    void await(OptionalLong position) {
        consistency.awaitProcessed(ProductSearchProjection.PROCESSOR, position);
        if (position.isPresent()) {
            // processed means written, not yet searchable: a refresh closes that last gap (only when asked for)
            searcher.refresh();
        }
    }

    <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(caching.publicRead()).varyBy(MinPosition.HEADER).body(body);
    }
}
