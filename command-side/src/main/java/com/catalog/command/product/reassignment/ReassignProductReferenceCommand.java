package com.catalog.command.product.reassignment;

import com.catalog.events.value.ProductId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Move a product from a deleted category or brand to the deletion's reassignment target. Sent only by
 * {@link ProductReassignment} (no REST endpoint, so no caller can name it); a product that no longer references
 * {@code fromId} stays as it is, which makes a repeated delivery harmless.
 *
 * @param reference {@link #CATEGORY} or {@link #BRAND}
 */
public record ReassignProductReferenceCommand(
        @TargetAggregateIdentifier ProductId productId,
        String reference,
        String fromId,
        String toId) {

    public static final String CATEGORY = "categoryId";
    public static final String BRAND = "brandId";

    public ReassignProductReferenceCommand {
        if (!CATEGORY.equals(reference) && !BRAND.equals(reference)) {
            throw new IllegalArgumentException("reference must be categoryId or brandId: " + reference);
        }
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
    }
}
