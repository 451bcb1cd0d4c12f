package com.catalog.command.product.costprice;

import com.catalog.command.product.rest.RequestFields;
import com.catalog.events.value.Money;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Body of {@code PUT /api/v1/products/{id}/cost-price}; members it does not declare are refused (422). */
@Schema(example = """
        {"currency": "EUR", "amount": 900}""")
record CostPriceRequest(
        @Schema(example = "EUR", description = "ISO 4217 code") @NotBlank @Size(max = 3) String currency,
        @Schema(example = "900", description = "minor units of the currency") @NotNull @PositiveOrZero Long amount,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) {

    void rejectUnknownFields() {
        RequestFields.rejectUnknown(unknownFields);
    }

    /** @throws IllegalArgumentException if the currency is not an ISO 4217 code */
    Money toMoney() {
        return Money.of(amount, currency);
    }
}
