package com.catalog.command.product.changedetails;

import static com.catalog.command.product.ProductLimits.ATTRIBUTES_MAX;
import static com.catalog.command.product.ProductLimits.ATTRIBUTE_KEY_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.ATTRIBUTE_VALUE_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.DESCRIPTION_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.LOCALES_MAX;
import static com.catalog.command.product.ProductLimits.LOCALE_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.LOCALE_PATTERN;
import static com.catalog.command.product.ProductLimits.NAME_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.REFERENCE_ID_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.REFERENCE_ID_PATTERN;
import static com.catalog.command.product.ProductLimits.SHORT_DESCRIPTION_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.SLUG_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.SLUG_PATTERN;

import com.catalog.command.product.rest.RequestFields;
import com.catalog.events.product.ProductDetailFields;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Body of {@code PUT /api/v1/products/{id}}: every editable detail; what is left out is cleared. SKU, prices,
 * variants and status have their own endpoints; members this request does not declare are refused (422).
 */
@Schema(example = """
        {"name": {"en": "Trail running shoe", "de": "Trailschuh"}, "slug": "trail-running-shoe",
         "description": {"en": "Light, grippy, waterproof."}, "shortDescription": {"en": "Light trail shoe"},
         "defaultLocale": "en", "attributes": {"colour": "blue"}, "categoryId": "running-shoes", "brandId": "acme"}""")
record ProductDetailsRequest(
        @NotEmpty @Size(max = LOCALES_MAX)
        Map<@NotBlank @Size(max = LOCALE_MAX_LENGTH) String, @NotBlank @Size(max = NAME_MAX_LENGTH) String> name,
        @NotBlank @Size(max = SLUG_MAX_LENGTH) @Pattern(regexp = SLUG_PATTERN) String slug,
        @Size(max = LOCALES_MAX)
        Map<@NotBlank @Size(max = LOCALE_MAX_LENGTH) String, @NotNull @Size(max = DESCRIPTION_MAX_LENGTH) String> description,
        @Size(max = LOCALES_MAX)
        Map<@NotBlank @Size(max = LOCALE_MAX_LENGTH) String, @NotNull @Size(max = SHORT_DESCRIPTION_MAX_LENGTH) String> shortDescription,
        @NotBlank @Pattern(regexp = LOCALE_PATTERN) String defaultLocale,
        @Size(max = ATTRIBUTES_MAX)
        Map<@NotBlank @Size(max = ATTRIBUTE_KEY_MAX_LENGTH) String, @NotNull @Size(max = ATTRIBUTE_VALUE_MAX_LENGTH) String> attributes,
        @Size(max = REFERENCE_ID_MAX_LENGTH) @Pattern(regexp = REFERENCE_ID_PATTERN) String categoryId,
        @Size(max = REFERENCE_ID_MAX_LENGTH) @Pattern(regexp = REFERENCE_ID_PATTERN) String brandId,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) {

    /** @throws com.catalog.command.product.rest.UnknownFieldsException if the body had members this request does not take */
    ProductDetailFields toDetails() {
        RequestFields.rejectUnknown(unknownFields);
        return new ProductDetailFields(defaultLocale, RequestFields.stripped(name), slug, description, shortDescription,
                attributes, categoryId, brandId);
    }
}
