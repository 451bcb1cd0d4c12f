package com.catalog.query.product.details;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.query.product.ProductPrice;
import com.catalog.query.product.ProductStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The product page; {@code version} is the aggregate sequence number (also the ETag). {@code name},
 * {@code description} and {@code shortDescription} are in the requested locale, else the default one; the maps
 * hold every locale. {@code costPrice} and {@code hasStagedChanges} are only for the owner and admins. Details,
 * prices, variants and images are all of the version shown ({@code shownVersion}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProductDetailsResponse(
        UUID id,
        String sellerId,
        String name,
        String description,
        String shortDescription,
        String slug,
        String defaultLocale,
        Map<String, String> names,
        Map<String, String> descriptions,
        Map<String, String> shortDescriptions,
        Map<String, String> attributes,
        String categoryId,
        String brandId,
        String sku,
        ProductPrice price,
        List<ProductPrice> prices,
        List<ProductPrice> compareAtPrices,
        ProductPrice costPrice,
        List<VariantResponse> variants,
        List<ProductMedia.Image> images,
        boolean featured,
        ProductStatus status,
        String shownVersion,
        Boolean hasStagedChanges,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A variant as the page shows it; {@code prices} empty means the product's prices apply. */
    record VariantResponse(String id, String sku, Map<String, String> options, List<ProductPrice> prices) {
    }

    /**
     * @param staged           the staged version instead of the current one
     * @param privileged       the caller is the owner or an admin
     * @param hasStagedChanges the versions differ (shown to privileged callers only)
     */
    static ProductDetailsResponse of(ProductDetails p, List<ProductVariantRow> variants, ProductMedia media,
                                     String locale, boolean staged, boolean privileged, boolean hasStagedChanges) {
        List<CurrencyAmount> shownPrices = staged ? p.stagedPrices() : p.prices();
        CurrencyAmount primary = shownPrices.isEmpty() ? new CurrencyAmount(p.priceCurrency(), p.priceAmount())
                : shownPrices.get(0);
        ProductDetailFields d = staged ? p.staged() : p.current();
        String fallback = d.defaultLocale();
        return new ProductDetailsResponse(p.id(), p.sellerId(), ProductDetailFields.localized(d.name(), locale, fallback),
                ProductDetailFields.localized(d.description(), locale, fallback),
                ProductDetailFields.localized(d.shortDescription(), locale, fallback), d.slug(), fallback, d.name(),
                d.description(), d.shortDescription(), d.attributes(), d.categoryId(), d.brandId(), p.sku(),
                price(primary), prices(shownPrices), prices(staged ? p.stagedCompareAtPrices() : p.compareAtPrices()),
                privileged && p.costPrice() != null ? price(p.costPrice()) : null,
                variants.stream().map(v -> new VariantResponse(v.variantId(), v.sku(), v.options(), prices(v.prices()))).toList(),
                media.images(), media.featured(), p.status(),
                staged ? "staged" : "current", privileged ? hasStagedChanges : null, p.lastSequence(),
                p.createdAt(), p.updatedAt());
    }

    private static List<ProductPrice> prices(List<CurrencyAmount> prices) {
        return prices.stream().map(ProductDetailsResponse::price).toList();
    }

    private static ProductPrice price(CurrencyAmount price) {
        return new ProductPrice(price.amount(), price.currency());
    }
}
