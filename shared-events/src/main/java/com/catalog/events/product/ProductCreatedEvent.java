package com.catalog.events.product;

import com.catalog.events.value.Money;
import com.catalog.events.value.ProductId;
import com.catalog.events.value.Sku;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A seller (or an admin acting for one) created a product. The product starts as a draft.
 * Revision 2 (localized texts, slug, several prices, attributes, category and brand); revision 1 events are
 * upcast by {@code upcasting.ProductCreatedEventUpcaster}.
 *
 * @param productId        aggregate id (UUID)
 * @param sellerId         the owning seller's user id (the JWT subject of the creator)
 * @param defaultLocale    the locale every localized text has, used when a reader's locale is missing
 * @param name             display name per locale
 * @param slug             catalog-wide unique URL segment
 * @param description      long description per locale (may be empty)
 * @param shortDescription short description per locale (may be empty)
 * @param sku              the default variant's stock keeping unit, upper-case
 * @param prices           one price per currency, in the order given; the first is the primary price
 * @param compareAtPrices  "was" prices per currency (may be empty)
 * @param costPrice        what the seller pays; never shown to buyers (may be null)
 * @param attributes       free key → value attributes (may be empty)
 * @param categoryId       the category it is listed in (may be null)
 * @param brandId          its brand (may be null)
 */
@Revision("2")
public record ProductCreatedEvent(
        String productId,
        String sellerId,
        String defaultLocale,
        Map<String, String> name,
        String slug,
        Map<String, String> description,
        Map<String, String> shortDescription,
        String sku,
        List<CurrencyAmount> prices,
        List<CurrencyAmount> compareAtPrices,
        CurrencyAmount costPrice,
        Map<String, String> attributes,
        String categoryId,
        String brandId) implements ProductEvent {

    public ProductCreatedEvent {
        name = Map.copyOf(name);
        description = description == null ? Map.of() : Map.copyOf(description);
        shortDescription = shortDescription == null ? Map.of() : Map.copyOf(shortDescription);
        prices = List.copyOf(prices);
        compareAtPrices = compareAtPrices == null ? List.of() : List.copyOf(compareAtPrices);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public static ProductCreatedEvent of(ProductId id, String sellerId, ProductDetailFields details, Sku sku,
                                         List<Money> prices, List<Money> compareAtPrices, Money costPrice) {
        return new ProductCreatedEvent(id.value(), sellerId, details.defaultLocale(), details.name(), details.slug(),
                details.description(), details.shortDescription(), sku.value(), amounts(prices),
                amounts(compareAtPrices), costPrice == null ? null : CurrencyAmount.of(costPrice),
                details.attributes(), details.categoryId(), details.brandId());
    }

    /** The editable details as they are after creation. */
    public ProductDetailFields details() {
        return new ProductDetailFields(defaultLocale, name, slug, description, shortDescription, attributes,
                categoryId, brandId);
    }

    /** The primary price: the first one given. */
    public CurrencyAmount primaryPrice() {
        return prices.get(0);
    }

    static List<CurrencyAmount> amounts(List<Money> prices) {
        return prices.stream().map(CurrencyAmount::of).toList();
    }
}
