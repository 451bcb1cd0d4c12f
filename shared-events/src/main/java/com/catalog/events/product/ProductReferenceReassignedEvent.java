package com.catalog.events.product;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The category or brand a product referenced was deleted with a reassignment target, and the product now references
 * the target instead. Applies to the current and to the staged details alike (the old one is gone for buyers too),
 * so unlike {@link ProductDetailsChangedEvent} it never waits for a publish. Sent by the system on behalf of the
 * admin who deleted it (metadata {@code actorId} {@code system}, the deletion's {@code correlationId}).
 *
 * @param productId aggregate id
 * @param reference which reference moved: {@code categoryId} or {@code brandId} (a field of {@link ProductDetailFields})
 * @param fromId    the deleted category or brand
 * @param toId      the category or brand the product references now
 */
@Revision("1")
public record ProductReferenceReassignedEvent(
        String productId,
        String reference,
        String fromId,
        String toId) implements ProductEvent {

    /**
     * The details after this reassignment: the reference moves to {@link #toId} only where it still is
     * {@link #fromId}; the write side and every projection apply it the same way, to current and staged alike.
     */
    public ProductDetailFields applyTo(ProductDetailFields details) {
        if (details == null) {
            return null;
        }
        String referenced = "categoryId".equals(reference) ? details.categoryId() : details.brandId();
        if (!fromId.equals(referenced)) {
            return details;
        }
        return details.withChanges(List.of(reference), new ProductDetailFields(null, null, null, null, null, null, toId, toId));
    }
}
