package com.catalog.command.category;

/** Paths and wording the category use cases share at the REST edge. */
public final class CategoryApi {

    public static final String COLLECTION = "/api/v1/categories";
    public static final String ITEM = COLLECTION + "/{id}";
    public static final String TAG = "Categories";
    public static final String WHAT = "manage categories";

    private CategoryApi() {
    }
}
