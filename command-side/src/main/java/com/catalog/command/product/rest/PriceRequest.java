package com.catalog.command.product.rest;

import com.catalog.events.value.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/** A price as the API takes it: integer minor units, so 19.99 EUR is {@code 1999}. */
public record PriceRequest(
        @Schema(example = "EUR", description = "ISO 4217 code") @NotBlank String currency,
        @Schema(example = "1999", description = "minor units of the currency") @NotNull @PositiveOrZero Long amount) {

    /** @throws IllegalArgumentException if the currency is not an ISO 4217 code */
    public Money toMoney() {
        return Money.of(amount, currency);
    }

    public static List<Money> toMoney(List<PriceRequest> prices) {
        return prices == null ? List.of() : prices.stream().map(PriceRequest::toMoney).toList();
    }
}
