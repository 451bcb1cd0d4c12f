package com.catalog.command.product;

/** Who may act on a product: its seller and admins; restoring a discontinued product is for admins alone. */
final class ProductAccess {

    private ProductAccess() {
    }

    static void requireOwnerOrAdmin(Actor actor, String sellerId) {
        if (!actor.admin() && !actor.id().equals(sellerId)) {
            throw ProductAccessDeniedException.notOwner();
        }
    }

    static void requireAdminToFeature(Actor actor) {
        if (!actor.admin()) {
            throw ProductAccessDeniedException.adminOnlyFeature();
        }
    }

    static void requireAdmin(Actor actor) {
        if (!actor.admin()) {
            throw ProductAccessDeniedException.adminOnly();
        }
    }
}
