package com.catalog.command.brand;

/** Sizes the aggregate enforces; the REST edge reuses them so bad input is a 400 before it gets here. */
public final class BrandLimits {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int DESCRIPTION_MAX_LENGTH = 2000;

    private BrandLimits() {
    }
}
