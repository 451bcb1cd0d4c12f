package com.catalog.query.product.search;

/** Example bodies for the OpenAPI document. */
final class SearchExamples {

    static final String SEARCH = """
            {"total":1,"nextCursor":null,
             "items":[{"id":"7f0c6a52-3f5e-4a4e-9a43-6a0f2d1b9c11","name":"Oak Desk","slug":"oak-desk",
               "shortDescription":"Solid oak","description":"A desk of solid oak","sku":"DESK-1",
               "price":{"amount":24900,"currency":"EUR"},"prices":[{"amount":24900,"currency":"EUR"}],
               "category":{"id":"0b6e0f7e-8a47-4a7c-b1b0-6d8d5c1f2a10","name":"Desks"},
               "brand":{"id":"5d7f3c1a-2b4e-4f6a-9c8d-1e2f3a4b5c6d","name":"Woodcraft"},
               "featured":false,"status":"PUBLISHED","createdAt":"2026-11-27T08:00:00Z","score":2.71,
               "highlights":{"name":["<em>Oak</em> Desk"]}}],
             "facets":{"categories":[{"id":"0b6e0f7e-8a47-4a7c-b1b0-6d8d5c1f2a10","name":"Desks","count":1}],
               "brands":[{"id":"5d7f3c1a-2b4e-4f6a-9c8d-1e2f3a4b5c6d","name":"Woodcraft","count":1}],
               "priceRanges":[{"from":null,"to":1000,"currency":"EUR","count":0},{"from":10000,"to":25000,"currency":"EUR","count":1}],
               "attributes":{"material":[{"value":"oak","count":1}]}}}""";

    static final String EMPTY_WITH_CORRECTION = """
            {"total":0,"items":[],"nextCursor":null,"facets":{"categories":[],"brands":[],"priceRanges":[],"attributes":{}},
             "didYouMean":"oak desk"}""";

    static final String LIST = """
            {"total":2,"nextCursor":"eyJzb3J0IjoibmV3ZXN0IiwiYWZ0ZXIiOlsxNzY0MjMwNDAwMDAwLCI3ZjBjIl19",
             "items":[{"id":"7f0c6a52-3f5e-4a4e-9a43-6a0f2d1b9c11","name":"Oak Desk","slug":"oak-desk",
               "price":{"amount":24900,"currency":"EUR"},"featured":true,"status":"PUBLISHED","score":0,"highlights":{}}]}""";

    static final String SUGGEST = """
            {"suggestions":["Oak Desk","Oak Shelf"]}""";

    private SearchExamples() {
    }
}
