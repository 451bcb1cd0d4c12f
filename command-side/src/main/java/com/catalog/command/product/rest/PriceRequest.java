package com.catalog.command.product.rest;

import com.catalog.events.value.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A price as the API takes it: integer minor units, so 19.99 EUR is {@code 1999}. */
public record PriceRequest(
        @Schema(example = "EUR", description = "ISO 4217 code") @NotBlank String currency,
        @Schema(example = "1999", description = "minor units of the currency") @NotNull @PositiveOrZero Long amount,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) {

    /**
     * The members a price does not take, each under its path in the body (e.g. {@code prices[0].foo}), for
     * {@link RequestFields#rejectUnknown(Map, Map[])}; a null list or price has none.
     */
    public static Map<String, Object> unknownIn(String path, List<PriceRequest> prices) {
        Map<String, Object> unknown = new LinkedHashMap<>();
        if (prices != null) {
            for (int i = 0; i < prices.size(); i++) {
                unknown.putAll(unknownIn(path + "[" + i + "]", prices.get(i)));
            }
        }
        return unknown;
    }

    /** As {@link #unknownIn(String, List)} for a single price (e.g. {@code costPrice.foo}). */
    public static Map<String, Object> unknownIn(String path, PriceRequest price) {
        Map<String, Object> unknown = new LinkedHashMap<>();
        if (price != null && price.unknownFields() != null) {
            price.unknownFields().forEach((member, value) -> unknown.put(path + "." + member, value));
        }
        return unknown;
    }

    /** @throws IllegalArgumentException if the currency is not an ISO 4217 code */
    public Money toMoney() {
        return Money.of(amount, currency);
    }

    public static List<Money> toMoney(List<PriceRequest> prices) {
        return prices == null ? List.of() : prices.stream().map(PriceRequest::toMoney).toList();
    }
}
