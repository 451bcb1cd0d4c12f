package com.catalog.query.product.details;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who reads a product: anyone, or its owner or an admin, who see its staged version and cost price. */
final class ProductReaders {

    private static final String ADMIN = "ROLE_ADMIN";

    private ProductReaders() {
    }

    static boolean isOwnerOrAdmin(Authentication caller, String sellerId) {
        if (caller == null || !caller.isAuthenticated()) {
            return false;
        }
        boolean admin = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMIN::equals);
        return admin || caller.getName().equals(sellerId);
    }
}
