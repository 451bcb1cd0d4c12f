package com.catalog.command.product.changedetails;

import com.catalog.command.domain.Actor;
import com.catalog.events.value.ProductId;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Change some editable details with a JSON Merge Patch (RFC 7386), applied to the product's latest (staged)
 * details by the aggregate, which alone knows them.
 *
 * @param mergePatch      an object whose members are editable fields only (checked at the edge)
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record PatchProductDetailsCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        JsonNode mergePatch) {
}
