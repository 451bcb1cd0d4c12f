package com.catalog.command.product.create;

import com.catalog.command.product.ProductLimits;
import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/products}. */
record CreateProductRequest(
        @Schema(example = "Trail running shoe") @NotBlank @Size(max = ProductLimits.NAME_MAX_LENGTH) String name,
        @Schema(example = "Light, grippy, waterproof.") @Size(max = ProductLimits.DESCRIPTION_MAX_LENGTH) String description,
        @Schema(example = "TRAIL-42", description = "1-64 of A-Z, 0-9, '.', '_', '-'; case-insensitive")
        @NotBlank String sku,
        @NotNull @Valid PriceRequest price) {

    /** @throws IllegalArgumentException if the SKU or price is not a valid value */
    CreateProductCommand toCommand(ProductId id, String sellerId) {
        return new CreateProductCommand(id, sellerId, name, description, Sku.of(sku),
                Money.of(price.amount(), price.currency()));
    }
}
