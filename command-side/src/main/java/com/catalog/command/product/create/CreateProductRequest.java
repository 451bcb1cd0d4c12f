package com.catalog.command.product.create;

import static com.catalog.command.product.ProductLimits.ATTRIBUTES_MAX;
import static com.catalog.command.product.ProductLimits.ATTRIBUTE_KEY_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.ATTRIBUTE_VALUE_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.DESCRIPTION_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.LOCALES_MAX;
import static com.catalog.command.product.ProductLimits.LOCALE_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.LOCALE_PATTERN;
import static com.catalog.command.product.ProductLimits.NAME_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.PRICES_MAX;
import static com.catalog.command.product.ProductLimits.REFERENCE_ID_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.REFERENCE_ID_PATTERN;
import static com.catalog.command.product.ProductLimits.SHORT_DESCRIPTION_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.SLUG_MAX_LENGTH;
import static com.catalog.command.product.ProductLimits.SLUG_PATTERN;

import com.catalog.command.product.rest.PriceRequest;
import com.catalog.command.product.rest.RequestFields;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/products}. Every member has a limit; members it does not declare (owner, sellerId,
 * status, version...) are collected in {@code unknownFields} and refused, so nothing can be mass-assigned.
 */
@Schema(example = """
        {"name": {"en": "Trail running shoe", "de": "Trailschuh"}, "slug": "trail-running-shoe",
         "description": {"en": "Light, grippy, waterproof."}, "shortDescription": {"en": "Light trail shoe"},
         "defaultLocale": "en", "sku": "TRAIL-42",
         "prices": [{"currency": "EUR", "amount": 12900}, {"currency": "USD", "amount": 13900}],
         "compareAtPrices": [{"currency": "EUR", "amount": 14900}], "costPrice": {"currency": "EUR", "amount": 6100},
         "attributes": {"colour": "red"}, "categoryId": "running-shoes", "brandId": "acme"}""")
public record CreateProductRequest(
        @Schema(description = "display name per locale; must have the default locale")
        @NotEmpty @Size(max = LOCALES_MAX)
        Map<@NotBlank @Size(max = LOCALE_MAX_LENGTH) String, @NotBlank @Size(max = NAME_MAX_LENGTH) String> name,
        @Schema(example = "trail-running-shoe", description = "catalog-wide unique; lower-case words joined by hyphens")
        @NotBlank @Size(max = SLUG_MAX_LENGTH) @Pattern(regexp = SLUG_PATTERN) String slug,
        @Size(max = LOCALES_MAX)
        Map<@NotBlank @Size(max = LOCALE_MAX_LENGTH) String, @NotNull @Size(max = DESCRIPTION_MAX_LENGTH) String> description,
        @Size(max = LOCALES_MAX)
        Map<@NotBlank @Size(max = LOCALE_MAX_LENGTH) String, @NotNull @Size(max = SHORT_DESCRIPTION_MAX_LENGTH) String> shortDescription,
        @Schema(example = "en", description = "readers without a text in their locale get this one")
        @NotBlank @Pattern(regexp = LOCALE_PATTERN) String defaultLocale,
        @Schema(example = "TRAIL-42", description = "the default variant's; 1-64 of A-Z, 0-9, '.', '_', '-'; case-insensitive")
        @NotBlank String sku,
        @Schema(description = "one per currency, in minor units; the first is the primary price")
        @NotEmpty @Size(max = PRICES_MAX) List<@NotNull @Valid PriceRequest> prices,
        @Schema(description = "optional \"was\" prices, each in a currency of prices")
        @Size(max = PRICES_MAX) List<@NotNull @Valid PriceRequest> compareAtPrices,
        @Schema(description = "optional; only the owner and admins ever see it") @Valid PriceRequest costPrice,
        @Size(max = ATTRIBUTES_MAX)
        Map<@NotBlank @Size(max = ATTRIBUTE_KEY_MAX_LENGTH) String, @NotNull @Size(max = ATTRIBUTE_VALUE_MAX_LENGTH) String> attributes,
        @Schema(example = "running-shoes") @Size(max = REFERENCE_ID_MAX_LENGTH) @Pattern(regexp = REFERENCE_ID_PATTERN) String categoryId,
        @Schema(example = "acme") @Size(max = REFERENCE_ID_MAX_LENGTH) @Pattern(regexp = REFERENCE_ID_PATTERN) String brandId,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) {

    /**
     * @throws com.catalog.command.product.rest.UnknownFieldsException if the body had members this request does not take
     * @throws IllegalArgumentException if the SKU or a price is not a valid value
     */
    public CreateProductCommand toCommand(ProductId id, String sellerId) {
        RequestFields.rejectUnknown(unknownFields, PriceRequest.unknownIn("prices", prices),
                PriceRequest.unknownIn("compareAtPrices", compareAtPrices), PriceRequest.unknownIn("costPrice", costPrice));
        ProductDetailFields details = new ProductDetailFields(defaultLocale, RequestFields.stripped(name), slug,
                description, shortDescription, attributes, categoryId, brandId);
        return new CreateProductCommand(id, sellerId, details, Sku.of(sku), PriceRequest.toMoney(prices),
                PriceRequest.toMoney(compareAtPrices), costPrice == null ? null : costPrice.toMoney());
    }
}
