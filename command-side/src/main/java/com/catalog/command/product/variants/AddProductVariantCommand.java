package com.catalog.command.product.variants;

import com.catalog.command.domain.Actor;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Add a variant with a catalog-wide unique SKU, option values unique among the product's variants and optional
 * own prices (empty: the product's prices apply).
 *
 * @param variantId       chosen by the caller (the controller generates it)
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record AddProductVariantCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        String variantId,
        Sku sku,
        Map<String, String> options,
        List<Money> prices) {
}
