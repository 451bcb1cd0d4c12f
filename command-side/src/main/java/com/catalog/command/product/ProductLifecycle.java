package com.catalog.command.product;

import static com.catalog.events.product.ProductStatus.DISCONTINUED;
import static com.catalog.events.product.ProductStatus.DRAFT;
import static com.catalog.events.product.ProductStatus.PUBLISHED;
import static com.catalog.events.product.ProductStatus.UNPUBLISHED;

import com.catalog.events.product.ProductStatus;
import java.util.Map;
import java.util.Set;

/**
 * DRAFT → PUBLISHED ⇄ UNPUBLISHED → DISCONTINUED, and DRAFT → DISCONTINUED. A PUBLISHED product must be
 * unpublished before it is discontinued, so buyers never see it vanish without an explicit take-down; which also
 * means a restore (back to the status before discontinuing) never makes a product visible to buyers again.
 * Moving to the status a product already has is illegal too: a repeated command must not store a no-op event.
 */
final class ProductLifecycle {

    private static final Map<ProductStatus, Set<ProductStatus>> NEXT = Map.of(
            DRAFT, Set.of(PUBLISHED, DISCONTINUED),
            PUBLISHED, Set.of(UNPUBLISHED),
            UNPUBLISHED, Set.of(PUBLISHED, DISCONTINUED),
            DISCONTINUED, Set.of(DRAFT, UNPUBLISHED));

    private ProductLifecycle() {
    }

    static void requireTransition(ProductStatus from, ProductStatus to) {
        if (!NEXT.get(from).contains(to)) {
            throw IllegalStatusTransitionException.of(from, to);
        }
    }
}
