package com.catalog.command.product.images;

import com.catalog.command.domain.Actor;
import com.catalog.events.value.ProductId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Add an image (by URL, never fetched) at the end of the product's images.
 *
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record AddProductImageCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        String imageId,
        String url,
        String altText) {
}
