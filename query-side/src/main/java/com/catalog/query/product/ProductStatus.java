package com.catalog.query.product;

/** Lifecycle of a product as shown to buyers; a new product starts as a draft. */
public enum ProductStatus {
    DRAFT, PUBLISHED, UNPUBLISHED, DISCONTINUED
}
