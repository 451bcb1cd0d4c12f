package com.catalog.command.product.variants;

import com.catalog.command.domain.Actor;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Change a variant's option values (merged: a null value removes that option) and/or replace its own prices.
 *
 * @param optionChanges   option name → new value or null to remove; null or empty: options unchanged
 * @param prices          the new own prices; null: unchanged, empty: the product's prices apply again
 * @param expectedVersion the version the caller last saw ({@code If-Match}); null means last writer wins
 */
public record ChangeProductVariantCommand(
        @TargetAggregateIdentifier ProductId productId,
        Actor actor,
        @TargetAggregateVersion Long expectedVersion,
        String variantId,
        Map<String, String> optionChanges,
        List<Money> prices) {
}
