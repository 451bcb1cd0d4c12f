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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code PATCH /api/v1/products/{id}/variants/{variantId}}, a JSON Merge Patch: {@code options} merge
 * (a null value removes that option), {@code prices} replace (an empty list: the product's prices apply again);
 * a member left out stays as it is. The SKU is not changeable: remove the variant and add another.
 */
@Schema(example = """
        {"options": {"colour": "blue", "width": null}, "prices": [{"currency": "EUR", "amount": 12900}]}""")
record VariantChangeRequest(
        @Size(max = OPTIONS_MAX)
        Map<@NotBlank @Size(max = OPTION_NAME_MAX_LENGTH) String, @Size(max = OPTION_VALUE_MAX_LENGTH) String> options,
        @Size(max = PRICES_MAX) List<@NotNull @Valid PriceRequest> prices,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) {

    void rejectUnknownFields() {
        RequestFields.rejectUnknown(unknownFields, PriceRequest.unknownIn("prices", prices));
    }
}
