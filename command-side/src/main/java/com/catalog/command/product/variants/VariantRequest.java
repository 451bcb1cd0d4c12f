package com.catalog.command.product.variants;

import static com.catalog.command.product.ProductLimits.OPTIONS_MAX;
import static com.catalog.command.product.ProductLimits.OPTION_NAME_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.OPTION_VALUE_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.PRICES_MAX;

import com.catalog.command.product.rest.PriceRequest;
import com.catalog.command.product.rest.RequestFields;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Body of {@code POST /api/v1/products/{id}/variants}; members it does not declare are refused (422). */
@Schema(example = """
        {"sku": "TRAIL-42-RED", "options": {"size": "42", "colour": "red"}, "prices": [{"currency": "EUR", "amount": 13900}]}""")
record VariantRequest(
        @Schema(example = "TRAIL-42-RED", description = "catalog-wide unique; 1-64 of A-Z, 0-9, '.', '_', '-'")
        @NotBlank String sku,
        @Schema(description = "option name → value, unique among the product's variants")
        @NotEmpty @Size(max = OPTIONS_MAX)
        Map<@NotBlank @Size(max = OPTION_NAME_MAX_LENGTH) String, @NotBlank @Size(max = OPTION_VALUE_MAX_LENGTH) String> options,
        @Schema(description = "optional own prices, one per currency; without them the product's prices apply")
        @Size(max = PRICES_MAX) List<@NotNull @Valid PriceRequest> prices,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) {

    void rejectUnknownFields() {
        RequestFields.rejectUnknown(unknownFields, PriceRequest.unknownIn("prices", prices));
    }
}
