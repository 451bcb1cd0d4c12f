package com.catalog.command.product.changeprice;

import com.catalog.events.value.Money;
import com.catalog.command.product.rest.RequestFields;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/products/{id}/price}: integer minor units, so 24.99 EUR is {@code 2499}. Members it
 * does not declare are refused (422).
 */
record ChangeProductPriceRequest(
        @Schema(example = "2499", description = "minor units of the currency") @NotNull @PositiveOrZero Long amount,
        @Schema(example = "EUR", description = "ISO 4217 code") @NotBlank @Size(max = 3) String currency,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) {

    void rejectUnknownFields() {
        RequestFields.rejectUnknown(unknownFields);
    }

    /** @throws IllegalArgumentException if the currency is not an ISO 4217 code */
    Money toMoney() {
        return Money.of(amount, currency);
    }
}
