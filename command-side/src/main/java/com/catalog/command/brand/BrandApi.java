package com.catalog.command.brand;

/** Paths and wording the brand use cases share at the REST edge. */
public final class BrandApi {

    public static final String COLLECTION = "/api/v1/brands";
    public static final String ITEM = COLLECTION + "/{id}";
    public static final String TAG = "Brands";
    public static final String WHAT = "manage brands";

    private BrandApi() {
    }
}
