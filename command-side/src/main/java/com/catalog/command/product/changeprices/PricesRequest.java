package com.catalog.command.product.changeprices;

import static com.catalog.command.product.ProductLimits.PRICES_MAX;

import com.catalog.command.product.rest.PriceRequest;
import com.catalog.command.product.rest.RequestFields;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Body of {@code PUT /api/v1/products/{id}/prices}; members it does not declare are refused (422). */
@Schema(example = """
        {"prices": [{"currency": "EUR", "amount": 11900}, {"currency": "USD", "amount": 12900}],
         "compareAtPrices": [{"currency": "EUR", "amount": 12900}]}""")
record PricesRequest(
        @Schema(description = "one per currency, in minor units; the first is the primary price")
        @NotEmpty @Size(max = PRICES_MAX) List<@NotNull @Valid PriceRequest> prices,
        @Schema(description = "optional \"was\" prices, each in a currency of prices; left out: none")
        @Size(max = PRICES_MAX) List<@NotNull @Valid PriceRequest> compareAtPrices,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) {

    void rejectUnknownFields() {
        RequestFields.rejectUnknown(unknownFields, PriceRequest.unknownIn("prices", prices),
                PriceRequest.unknownIn("compareAtPrices", compareAtPrices));
    }
}
