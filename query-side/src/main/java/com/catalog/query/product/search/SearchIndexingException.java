package com.catalog.query.product.search;

/** Elasticsearch rejected part of a batch for a reason other than "already newer": the batch must be retried. */
class SearchIndexingException extends RuntimeException {

    SearchIndexingException(int failed, int total, String firstReason) {
        super(failed + " of " + total + " search index writes failed; first: " + firstReason);
    }
}
