package com.catalog.query.product.search;

import com.catalog.events.product.CurrencyAmount;
import com.catalog.events.product.ProductCreatedEvent;
import com.catalog.events.product.ProductDetailFields;
import com.catalog.query.product.ProductPrice;
import com.catalog.query.product.ProductStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A product as indexed in Elasticsearch. Buyers search the current version only: every searchable field is
 * derived from {@code current}. {@code current} and {@code staged} are kept whole (mapped with
 * {@code enabled: false}: stored, never indexed) because the projection rebuilds the document from itself, and a
 * publish must know the staged details. {@code createdAt} is an ISO-8601 string so the document needs no
 * Java-time support in the client's JSON mapper; {@code suggest} feeds the completion field. {@code stagedPrices}
 * and {@code stagedVariants} (stored, not indexed) hold a published product's staged prices and variants until the
 * next publish; null when they are the current ones.
 */
record ProductDocument(
        String id,
        String sellerId,
        String name,
        String description,
        String sku,
        String status,
        ProductPrice price,
        String createdAt,
        List<String> suggest,
        String slug,
        String defaultLocale,
        List<String> allNames,
        String shortDescription,
        List<ProductPrice> prices,
        Map<String, String> attributes,
        String categoryId,
        String brandId,
        ProductDetailFields current,
        ProductDetailFields staged,
        List<String> variantSkus,
        List<String> optionValues,
        List<VariantEntry> variants,
        boolean featured,
        String categoryName,
        String brandName,
        List<String> attributePairs,
        List<String> publishedSuggest,
        List<ProductPrice> stagedPrices,
        List<VariantEntry> stagedVariants) {

    private static final String PUBLISHED = ProductStatus.PUBLISHED.name();

    /**
     * {@code attributePairs} ("name=value", for the attribute facet) and {@code publishedSuggest} (type-ahead only
     * offers what buyers may see) are always derived here, whatever a caller passes.
     */
    ProductDocument {
        attributePairs = attributes == null ? List.of() : attributes.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
        publishedSuggest = PUBLISHED.equals(status) && suggest != null ? suggest : List.of();
    }

    /** A variant kept whole in the document (not indexed), so a change or removal can rebuild the searchable lists. */
    record VariantEntry(String id, String sku, Map<String, String> options, List<ProductPrice> prices) {
    }

    static ProductDocument created(ProductCreatedEvent event, Instant occurredAt) {
        List<ProductPrice> prices = event.prices().stream().map(ProductDocument::price).toList();
        return new ProductDocument(event.productId(), event.sellerId(), null, null, event.sku(),
                ProductStatus.DRAFT.name(), prices.get(0), occurredAt.toString(), List.of(), null, null, List.of(), null,
                prices, Map.of(), null, null, event.details(), event.details(), List.of(), List.of(), List.of(), false, null, null, null, null, null, null).derived();
    }

    ProductDocument withStatus(ProductStatus newStatus) {
        return new ProductDocument(id, sellerId, name, description, sku, newStatus.name(), price, createdAt, suggest,
                slug, defaultLocale, allNames, shortDescription, prices, attributes, categoryId, brandId, current, staged,
                variantSkus, optionValues, variants, featured, categoryName, brandName, null, null, stagedPrices, stagedVariants);
    }

    /** The price in {@code oldCurrency} is replaced where it stood; the first one is the primary price. */
    ProductDocument withPriceChange(String oldCurrency, ProductPrice newPrice) {
        List<ProductPrice> changed = new ArrayList<>();
        prices.forEach(p -> changed.add(p.currency().equals(oldCurrency) ? newPrice : p));
        return new ProductDocument(id, sellerId, name, description, sku, status, changed.get(0), createdAt, suggest,
                slug, defaultLocale, allNames, shortDescription, List.copyOf(changed), attributes, categoryId, brandId,
                current, staged, variantSkus, optionValues, variants, featured, categoryName, brandName, null, null, stagedPrices, stagedVariants);
    }

    /** A whole new price list; the first is the primary price. */
    ProductDocument withPrices(List<ProductPrice> newPrices) {
        return new ProductDocument(id, sellerId, name, description, sku, status, newPrices.get(0), createdAt, suggest,
                slug, defaultLocale, allNames, shortDescription, List.copyOf(newPrices), attributes, categoryId, brandId,
                current, staged, variantSkus, optionValues, variants, featured, categoryName, brandName, null, null, stagedPrices, stagedVariants);
    }

    ProductDocument withVersions(ProductDetailFields newCurrent, ProductDetailFields newStaged) {
        return new ProductDocument(id, sellerId, name, description, sku, status, price, createdAt, suggest, slug,
                defaultLocale, allNames, shortDescription, prices, attributes, categoryId, brandId, newCurrent, newStaged,
                variantSkus, optionValues, variants, featured, categoryName, brandName, null, null, stagedPrices, stagedVariants).derived();
    }

    ProductDocument withFeatured(boolean newFeatured) {
        return new ProductDocument(id, sellerId, name, description, sku, status, price, createdAt, suggest, slug,
                defaultLocale, allNames, shortDescription, prices, attributes, categoryId, brandId, current, staged,
                variantSkus, optionValues, variants, newFeatured, categoryName, brandName, null, null, stagedPrices, stagedVariants);
    }

    /** Replaces the variant with this id, or appends it; null removes it. */
    ProductDocument withVariant(String variantId, VariantEntry variant) {
        return withVariants(replaced(variants, variantId, variant));
    }

    /** A price change of the staged prices only when {@code staged}, else of what buyers find. */
    ProductDocument withPriceChange(String oldCurrency, ProductPrice newPrice, boolean staged) {
        if (!staged) {
            return withPriceChange(oldCurrency, newPrice);
        }
        List<ProductPrice> changed = new ArrayList<>();
        stagedOrCurrentPrices().forEach(p -> changed.add(p.currency().equals(oldCurrency) ? newPrice : p));
        return withStaged(List.copyOf(changed), stagedVariants);
    }

    ProductDocument withPrices(List<ProductPrice> newPrices, boolean staged) {
        return staged ? withStaged(List.copyOf(newPrices), stagedVariants) : withPrices(newPrices);
    }

    /** {@link #withVariant(String, VariantEntry)} of the staged variants only when {@code staged}. */
    ProductDocument withVariant(String variantId, VariantEntry variant, boolean staged) {
        return staged ? withStaged(stagedPrices, replaced(stagedOrCurrentVariants(), variantId, variant))
                : withVariant(variantId, variant);
    }

    /** The staged prices and variants become what buyers find. */
    ProductDocument withStagedPublished() {
        ProductDocument published = stagedPrices == null ? this : withPrices(stagedPrices);
        published = stagedVariants == null ? published : published.withVariants(stagedVariants);
        return published.withStaged(null, null);
    }

    /**
     * An undo: the prices and variants buyers find and the staged ones, each as they were (the staged ones kept only
     * where they differ, as everywhere in this document).
     */
    ProductDocument withContent(List<ProductPrice> newPrices, List<VariantEntry> newVariants,
                                List<ProductPrice> newStagedPrices, List<VariantEntry> newStagedVariants) {
        return withPrices(newPrices).withVariants(newVariants).withStaged(
                newStagedPrices.equals(newPrices) ? null : List.copyOf(newStagedPrices),
                newStagedVariants.equals(newVariants) ? null : List.copyOf(newStagedVariants));
    }

    ProductDocument withStagedDiscarded() {
        return withStaged(null, null);
    }

    List<ProductPrice> stagedOrCurrentPrices() {
        return stagedPrices == null ? prices : stagedPrices;
    }

    List<VariantEntry> stagedOrCurrentVariants() {
        return stagedVariants == null ? variants : stagedVariants;
    }

    private ProductDocument withStaged(List<ProductPrice> newStagedPrices, List<VariantEntry> newStagedVariants) {
        return new ProductDocument(id, sellerId, name, description, sku, status, price, createdAt, suggest, slug,
                defaultLocale, allNames, shortDescription, prices, attributes, categoryId, brandId, current, staged,
                variantSkus, optionValues, variants, featured, categoryName, brandName, null, null, newStagedPrices,
                newStagedVariants);
    }

    private ProductDocument withVariants(List<VariantEntry> next) {
        return new ProductDocument(id, sellerId, name, description, sku, status, price, createdAt, suggest, slug,
                defaultLocale, allNames, shortDescription, prices, attributes, categoryId, brandId, current, staged,
                next.stream().map(VariantEntry::sku).toList(),
                next.stream().flatMap(v -> v.options().values().stream()).distinct().sorted().toList(), List.copyOf(next),
                featured, categoryName, brandName, null, null, stagedPrices, stagedVariants);
    }

    private static List<VariantEntry> replaced(List<VariantEntry> variants, String variantId, VariantEntry variant) {
        List<VariantEntry> next = new ArrayList<>(variants.size() + 1);
        boolean replaced = false;
        for (VariantEntry existing : variants) {
            if (existing.id().equals(variantId)) {
                replaced = true;
                if (variant != null) {
                    next.add(variant);
                }
            } else {
                next.add(existing);
            }
        }
        if (!replaced && variant != null) {
            next.add(variant);
        }
        return next;
    }

    /** The names of the product's category and brand as buyers see them, denormalised for full text and facets. */
    ProductDocument withReferenceNames(String newCategoryName, String newBrandName) {
        return new ProductDocument(id, sellerId, name, description, sku, status, price, createdAt, suggest, slug,
                defaultLocale, allNames, shortDescription, prices, attributes, categoryId, brandId, current, staged,
                variantSkus, optionValues, variants, featured, newCategoryName, newBrandName, null, null, stagedPrices, stagedVariants);
    }

    /** Recomputes every searchable field from the current version. */
    private ProductDocument derived() {
        String locale = current.defaultLocale();
        String defaultName = current.name().get(locale);
        List<String> names = Stream.concat(Stream.of(defaultName),
                current.name().values().stream().filter(n -> !n.equals(defaultName)).sorted()).toList();
        return new ProductDocument(id, sellerId, defaultName, current.description().get(locale), sku, status, price,
                createdAt, List.of(defaultName, sku), current.slug(), locale, names,
                current.shortDescription().get(locale), prices, current.attributes(), current.categoryId(),
                current.brandId(), current, staged, variantSkus, optionValues, variants, featured, categoryName, brandName, null, null, stagedPrices, stagedVariants);
    }

    private static ProductPrice price(CurrencyAmount price) {
        return new ProductPrice(price.amount(), price.currency());
    }
}
