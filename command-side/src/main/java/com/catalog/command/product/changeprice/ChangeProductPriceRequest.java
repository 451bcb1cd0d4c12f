package com.catalog.command.product.changeprice;

import com.catalog.events.value.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Body of {@code POST /api/v1/products/{id}/price}: integer minor units, so 24.99 EUR is {@code 2499}. */
record ChangeProductPriceRequest(
        @Schema(example = "2499", description = "minor units of the currency") @NotNull @PositiveOrZero Long amount,
        @Schema(example = "EUR", description = "ISO 4217 code") @NotBlank String currency) {

    /** @throws IllegalArgumentException if the currency is not an ISO 4217 code */
    Money toMoney() {
        return Money.of(amount, currency);
    }
}
