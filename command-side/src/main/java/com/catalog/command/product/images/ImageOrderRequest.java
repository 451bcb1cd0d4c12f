package com.catalog.command.product.images;

import static com.catalog.command.product.ProductLimits.IMAGES_MAX;

import com.catalog.command.product.rest.RequestFields;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** Body of {@code PUT /api/v1/products/{id}/images/order}: every image id of the product, in the new order. */
@Schema(example = """
        {"imageIds": ["5b0c7c1e-8f0e-4a53-9d3c-3f8e2a1b0c9d", "0d9a0f4e-7b6c-4d2e-8a1f-2c3b4d5e6f70"]}""")
record ImageOrderRequest(
        @NotNull @Size(max = IMAGES_MAX) List<@NotBlank @Size(max = 36) String> imageIds,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) {

    void rejectUnknownFields() {
        RequestFields.rejectUnknown(unknownFields);
    }
}
