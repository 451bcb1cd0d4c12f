package com.catalog.query.category;

/** Example bodies for the API documentation. */
final class CategoryExamples {

    static final String CATEGORY = """
            {"id": "9b2f7c1e-3d4a-4b5c-8d6e-7f8091a2b3c4", "parentId": "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f",
             "name": "Running shoes", "slug": "running-shoes", "description": "Road and trail", "depth": 2,
             "path": ["6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f"], "sortOrder": 10, "featured": true, "active": true,
             "version": 3, "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-02-01T09:30:00Z"}""";
    static final String PAGE = "{\"items\": [" + CATEGORY + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}";
    static final String LIST = "[" + CATEGORY + "]";
    static final String TREE = """
            [{"id": "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f", "name": "Shoes", "slug": "shoes", "sortOrder": 0,
              "featured": false, "productCount": 42, "children": [{"id": "9b2f7c1e-3d4a-4b5c-8d6e-7f8091a2b3c4",
              "name": "Running shoes", "slug": "running-shoes", "sortOrder": 10, "featured": true, "productCount": 17,
              "children": []}]}]""";
    static final String STATS = """
            {"categoryId": "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f", "categories": 3,
             "products": {"published": 42},
             "priceRanges": [{"currency": "EUR", "min": 1999, "max": 24900}, {"currency": "USD", "min": 2199, "max": 26900}],
             "brands": 7,
             "recentActivity": {"window": "PT720H", "newProducts": 5, "changedProducts": 12,
                                "lastChangeAt": "2026-03-05T12:00:00Z"}}""";
    static final String ADMIN_STATS = """
            {"categoryId": "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f", "categories": 3,
             "products": {"published": 42, "byStatus": {"DRAFT": 6, "PUBLISHED": 42, "UNPUBLISHED": 2, "DISCONTINUED": 1}},
             "priceRanges": [{"currency": "EUR", "min": 1999, "max": 24900}],
             "brands": 7,
             "recentActivity": {"window": "PT720H", "newProducts": 5, "changedProducts": 12,
                                "lastChangeAt": "2026-03-05T12:00:00Z"}}""";
    static final String BREADCRUMB = """
            [{"id": "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f", "name": "Shoes", "slug": "shoes"},
             {"id": "9b2f7c1e-3d4a-4b5c-8d6e-7f8091a2b3c4", "name": "Running shoes", "slug": "running-shoes"}]""";

    private CategoryExamples() {
    }
}
