package com.catalog.command.product.images;

import com.catalog.command.domain.Actor;
import com.catalog.events.value.ProductId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Put the product's images in this order; the ids must be exactly the product's image ids.
 *
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record ReorderProductImagesCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        List<String> imageIds) {
}
