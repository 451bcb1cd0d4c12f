package com.catalog.command.product;

import com.catalog.command.domain.DomainRuleViolation;
import com.catalog.command.domain.ViolationKind;
import com.catalog.events.value.Sku;

/** SKUs are unique across the whole catalog, whatever their letter case. */
public final class SkuAlreadyTakenException extends DomainRuleViolation {

    SkuAlreadyTakenException(Sku sku) {
        super("sku-taken", ViolationKind.CONFLICT, "SKU " + sku.value() + " is already used by another product.");
    }
}
