package com.catalog.command.product;

import com.catalog.command.domain.Actor;

/**
 * Who may act on a product: its seller and admins. Admin-only acts (restore, feature) use
 * {@link Actor#requireAdmin(String)}, the same {@code admin-only} problem as categories and brands.
 */
final class ProductAccess {

    private ProductAccess() {
    }

    static void requireOwnerOrAdmin(Actor actor, String sellerId) {
        if (!actor.admin() && !actor.id().equals(sellerId)) {
            throw ProductAccessDeniedException.notOwner();
        }
    }
}
