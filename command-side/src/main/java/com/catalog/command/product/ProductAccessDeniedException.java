package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;

/** The actor may not do this to this product, whatever the roles in its token let it reach. */
public final class ProductAccessDeniedException extends DomainRuleViolation {

    private ProductAccessDeniedException(String code, String message) {
        super(code, ViolationKind.FORBIDDEN, message);
    }

    static ProductAccessDeniedException notOwner() {
        return new ProductAccessDeniedException("not-product-owner", "Only the product's seller or an admin may change it.");
    }
}
