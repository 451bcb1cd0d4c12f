package com.catalog.command.product.create;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** A price as the API takes it: integer minor units, so 19.99 EUR is {@code 1999}. */
record PriceRequest(
        @Schema(example = "1999", description = "minor units of the currency") @NotNull @PositiveOrZero Long amount,
        @Schema(example = "EUR", description = "ISO 4217 code") @NotBlank String currency) {
}
