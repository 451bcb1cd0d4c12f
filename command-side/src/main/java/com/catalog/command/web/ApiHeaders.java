package com.catalog.command.web;

/** HTTP headers of the catalog API. */
public final class ApiHeaders {

    /** Global position of the last event a write appended; query-side reads accept it as {@code X-Catalog-Min-Position}. */
    public static final String POSITION = "X-Catalog-Position";
    /** Ties a request to its events and logs; taken from the client or generated. */
    public static final String CORRELATION_ID = "X-Correlation-Id";

    private ApiHeaders() {
    }
}
