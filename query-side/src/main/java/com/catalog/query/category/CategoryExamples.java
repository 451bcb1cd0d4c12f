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
              "featured": false, "children": [{"id": "9b2f7c1e-3d4a-4b5c-8d6e-7f8091a2b3c4", "name": "Running shoes",
              "slug": "running-shoes", "sortOrder": 10, "featured": true, "children": []}]}]""";
    static final String BREADCRUMB = """
            [{"id": "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f", "name": "Shoes", "slug": "shoes"},
             {"id": "9b2f7c1e-3d4a-4b5c-8d6e-7f8091a2b3c4", "name": "Running shoes", "slug": "running-shoes"}]""";

    private CategoryExamples() {
    }
}
