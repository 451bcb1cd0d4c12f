package com.catalog.query.product.details;

/**
 * A buyer's product page as sent: the JSON bytes of {@link ProductDetailsResponse} (current version, no cost price)
 * and its strong ETag, with the seller (to tell an owner, who gets the uncached page with staged data and cost
 * price, from everyone else) and the product's sequence (the page's version).
 */
record ProductPage(String sellerId, long sequence, String etag, byte[] json) {

    static ProductPage of(String sellerId, long sequence, byte[] json) {
        return new ProductPage(sellerId, sequence, "\"" + sequence + "\"", json);
    }
}
