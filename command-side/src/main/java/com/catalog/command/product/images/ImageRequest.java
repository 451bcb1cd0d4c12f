package com.catalog.command.product.images;

import static com.catalog.command.product.ProductLimits.IMAGE_ALT_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.IMAGE_URL_MAX_LENGTH;

import com.catalog.command.product.rest.RequestFields;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Body of {@code POST /api/v1/products/{id}/images}; members it does not declare are refused (422). */
@Schema(example = """
        {"url": "https://cdn.example.com/trail-shoe/side.jpg", "altText": "The shoe from the side"}""")
record ImageRequest(
        @Schema(description = "absolute http or https URL; stored, never fetched by the catalog")
        @NotBlank @Size(max = IMAGE_URL_MAX_LENGTH) String url,
        @Size(max = IMAGE_ALT_MAX_LENGTH) String altText,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) {

    void rejectUnknownFields() {
        RequestFields.rejectUnknown(unknownFields);
    }
}
