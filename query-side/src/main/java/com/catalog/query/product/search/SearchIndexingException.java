package com.catalog.query.product.search;

/** Elasticsearch rejected part of a batch for a reason other than "already newer": the batch must be retried. */
class SearchIndexingException extends RuntimeException {

    private final boolean conflictsOnly;

    SearchIndexingException(int failed, int total, String firstReason) {
        this(failed, total, firstReason, false);
    }

    SearchIndexingException(int failed, int total, String firstReason, boolean conflictsOnly) {
        super(failed + " of " + total + " search index writes failed; first: " + firstReason);
        this.conflictsOnly = conflictsOnly;
    }

    /** Every failed write lost an optimistic-locking race: trying again from a fresh read can succeed. */
    boolean conflictsOnly() {
        return conflictsOnly;
    }
}
