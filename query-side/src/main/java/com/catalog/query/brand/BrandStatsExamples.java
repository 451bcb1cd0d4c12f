package com.catalog.query.brand;

/** Example bodies for the API documentation of the brand figures. */
final class BrandStatsExamples {

    static final String TOP = """
            [{"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "name": "Acme Outdoor", "slug": "acme-outdoor",
              "logoUrl": "https://cdn.example.com/acme.png", "published": 120, "recentlyChanged": 15, "score": 150},
             {"id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "name": "Birch & Co", "slug": "birch-co",
              "published": 80, "recentlyChanged": 30, "score": 140}]""";
    static final String COMPARE = """
            [{"brand": {"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "name": "Acme Outdoor", "slug": "acme-outdoor",
                        "featured": true, "version": 2, "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-02-01T09:30:00Z"},
              "publishedProducts": 120, "priceRanges": [{"currency": "EUR", "min": 990, "max": 49900}],
              "categories": [{"id": "9b2f7c1e-3d4a-4b5c-8d6e-7f8091a2b3c4", "name": "Running shoes", "products": 70},
                             {"id": "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f", "name": "Jackets", "products": 50}]},
             {"brand": {"id": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d", "name": "Birch & Co", "slug": "birch-co",
                        "featured": false, "version": 0, "createdAt": "2026-01-07T10:00:00Z", "updatedAt": "2026-01-07T10:00:00Z"},
              "publishedProducts": 80, "priceRanges": [{"currency": "EUR", "min": 1500, "max": 9900}],
              "categories": [{"id": "6f1c2b9e-1d2a-4c3b-9e8f-0a1b2c3d4e5f", "name": "Jackets", "products": 80}]}]""";
    static final String STATS = """
            {"brandId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "products": {"published": 120},
             "priceRanges": [{"currency": "EUR", "min": 990, "max": 49900}], "categories": 2,
             "recentActivity": {"window": "PT720H", "newProducts": 4, "changedProducts": 15,
                                "lastChangeAt": "2026-03-05T12:00:00Z"}}""";
    static final String ADMIN_STATS = """
            {"brandId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
             "products": {"published": 120, "byStatus": {"DRAFT": 9, "PUBLISHED": 120, "UNPUBLISHED": 3, "DISCONTINUED": 5}},
             "priceRanges": [{"currency": "EUR", "min": 990, "max": 49900}], "categories": 2,
             "recentActivity": {"window": "PT720H", "newProducts": 4, "changedProducts": 15,
                                "lastChangeAt": "2026-03-05T12:00:00Z"}}""";

    private BrandStatsExamples() {
    }
}
