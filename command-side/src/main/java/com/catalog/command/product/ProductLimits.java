package com.catalog.command.product;

/** Sizes the aggregate enforces; the REST edge reuses them so that bad input is a 400 before it gets here. */
public final class ProductLimits {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int DESCRIPTION_MAX_LENGTH = 5000;

    private ProductLimits() {
    }
}
