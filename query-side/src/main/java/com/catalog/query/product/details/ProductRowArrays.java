package com.catalog.query.product.details;

import com.catalog.events.product.ProductDetailFields;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Many {@code product} rows as one array per column, the parameters of {@code ProductDetailsRepository}'s multi-row
 * upsert: PostgreSQL {@code unnest}s them back into rows. Instants travel as ISO-8601 text ({@code timestamptz[]}
 * parses it), the JSON columns as text cast to {@code jsonb} per row, exactly as the single-row upsert sends them.
 */
final class ProductRowArrays {

    private final UUID[] id;
    private final String[] sellerId;
    private final String[] name;
    private final String[] description;
    private final String[] sku;
    private final Long[] priceAmount;
    private final String[] priceCurrency;
    private final String[] status;
    private final Long[] lastSequence;
    private final String[] createdAt;
    private final String[] updatedAt;
    private final String[] slug;
    private final String[] categoryId;
    private final String[] brandId;
    private final String[] current;
    private final String[] staged;
    private final String[] prices;
    private final String[] compareAtPrices;
    private final String[] costPrice;
    private final String[] stagedPrices;
    private final String[] stagedCompareAtPrices;

    private ProductRowArrays(int rows) {
        id = new UUID[rows];
        sellerId = new String[rows];
        name = new String[rows];
        description = new String[rows];
        sku = new String[rows];
        priceAmount = new Long[rows];
        priceCurrency = new String[rows];
        status = new String[rows];
        lastSequence = new Long[rows];
        createdAt = new String[rows];
        updatedAt = new String[rows];
        slug = new String[rows];
        categoryId = new String[rows];
        brandId = new String[rows];
        current = new String[rows];
        staged = new String[rows];
        prices = new String[rows];
        compareAtPrices = new String[rows];
        costPrice = new String[rows];
        stagedPrices = new String[rows];
        stagedCompareAtPrices = new String[rows];
    }

    static ProductRowArrays of(Collection<ProductDetails> products) {
        ProductRowArrays arrays = new ProductRowArrays(products.size());
        int row = 0;
        for (ProductDetails product : products) {
            arrays.set(row++, product);
        }
        return arrays;
    }

    private void set(int row, ProductDetails product) {
        ProductDetailFields stagedFields = product.staged();
        id[row] = product.id();
        sellerId[row] = product.sellerId();
        name[row] = product.name();
        description[row] = product.description();
        sku[row] = product.sku();
        priceAmount[row] = product.priceAmount();
        priceCurrency[row] = product.priceCurrency();
        status[row] = product.status().name();
        lastSequence[row] = product.lastSequence();
        createdAt[row] = product.createdAt().toString();
        updatedAt[row] = product.updatedAt().toString();
        slug[row] = product.current() == null ? null : product.current().slug();
        categoryId[row] = stagedFields == null ? null : stagedFields.categoryId();
        brandId[row] = stagedFields == null ? null : stagedFields.brandId();
        current[row] = ProductDetailsRepository.write(product.current());
        staged[row] = ProductDetailsRepository.write(stagedFields);
        prices[row] = ProductDetailsRepository.write(product.prices());
        compareAtPrices[row] = ProductDetailsRepository.write(product.compareAtPrices());
        costPrice[row] = ProductDetailsRepository.write(product.costPrice());
        stagedPrices[row] = ProductDetailsRepository.write(product.stagedPrices());
        stagedCompareAtPrices[row] = ProductDetailsRepository.write(product.stagedCompareAtPrices());
    }

    SqlParameterSource parameters() {
        return new MapSqlParameterSource()
                .addValue("id", id).addValue("sellerId", sellerId).addValue("name", name)
                .addValue("description", description).addValue("sku", sku).addValue("priceAmount", priceAmount)
                .addValue("priceCurrency", priceCurrency).addValue("status", status)
                .addValue("lastSequence", lastSequence).addValue("createdAt", createdAt)
                .addValue("updatedAt", updatedAt).addValue("slug", slug).addValue("categoryId", categoryId)
                .addValue("brandId", brandId).addValue("current", current).addValue("staged", staged)
                .addValue("prices", prices).addValue("compareAtPrices", compareAtPrices)
                .addValue("costPrice", costPrice).addValue("stagedPrices", stagedPrices)
                .addValue("stagedCompareAtPrices", stagedCompareAtPrices);
    }
}
