package com.catalog.query.product.search;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/** Turns request parameters into a {@link ProductQuery}, or a 400 problem naming the parameter that is wrong. */
@Component
class ProductQueries {

    private static final String ATTRIBUTE_PREFIX = "attr.";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final CategoryScope categories;
    private final SearchProperties properties;

    ProductQueries(CategoryScope categories, SearchProperties properties) {
        this.categories = categories;
        this.properties = properties;
    }

    /** The filters and paging shared by search and listing. */
    record Filters(UUID categoryId, String brandId, Long minPrice, Long maxPrice, String currency, Boolean featured,
                   String sort, String cursor, int pageSize) {
    }

    ProductQuery of(String text, Filters filters, MultiValueMap<String, String> allParameters, ProductSort defaultSort) {
        checkPageSize(filters.pageSize());
        checkPrices(filters);
        ProductSort sort = ProductSort.parse(filters.sort(), defaultSort);
        return new ProductQuery(text == null || text.isBlank() ? null : text.strip(),
                filters.categoryId() == null ? null : categories.withDescendants(filters.categoryId()),
                filters.brandId(), filters.minPrice(), filters.maxPrice(),
                filters.currency() == null ? properties.defaultCurrency() : filters.currency(),
                filters.featured(), attributes(allParameters), sort,
                filters.cursor() == null || filters.cursor().isBlank() ? null : SearchCursor.decode(filters.cursor(), sort),
                filters.pageSize());
    }

    private void checkPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > properties.maxSize()) {
            throw new SearchParameterException("invalid-page-size", "Invalid page size",
                    "pageSize must be between 1 and " + properties.maxSize());
        }
    }

    private static void checkPrices(Filters f) {
        if (f.currency() != null && !CURRENCY.matcher(f.currency()).matches()) {
            throw new SearchParameterException("invalid-currency", "Invalid currency",
                    "currency must be an ISO 4217 code such as EUR");
        }
        if ((f.minPrice() != null || f.maxPrice() != null) && f.currency() == null) {
            throw new SearchParameterException("currency-required", "Price filter without currency",
                    "minPrice and maxPrice are amounts in minor units of a currency: add currency, e.g. currency=EUR");
        }
        if ((f.minPrice() != null && f.minPrice() < 0) || (f.maxPrice() != null && f.maxPrice() < 0)
                || (f.minPrice() != null && f.maxPrice() != null && f.minPrice() > f.maxPrice())) {
            throw new SearchParameterException("invalid-price-range", "Invalid price range",
                    "minPrice and maxPrice must be non-negative and minPrice must not exceed maxPrice");
        }
    }

    /** {@code attr.colour=red} filters on the attribute colour; several attributes must all match. */
    private Map<String, String> attributes(MultiValueMap<String, String> parameters) {
        Map<String, String> attributes = new TreeMap<>();
        parameters.forEach((key, values) -> {
            if (key.startsWith(ATTRIBUTE_PREFIX)) {
                String name = key.substring(ATTRIBUTE_PREFIX.length());
                if (name.isBlank() || values.isEmpty() || values.get(0).isBlank()) {
                    throw new SearchParameterException("invalid-attribute-filter", "Invalid attribute filter",
                            "attribute filters look like attr.<name>=<value>, both non-empty");
                }
                attributes.put(name, values.get(0));
            }
        });
        if (attributes.size() > properties.maxAttributeFilters()) {
            throw new SearchParameterException("invalid-attribute-filter", "Too many attribute filters",
                    "at most " + properties.maxAttributeFilters() + " attribute filters");
        }
        return attributes;
    }
}
