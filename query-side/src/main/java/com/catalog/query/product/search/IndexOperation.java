package com.catalog.query.product.search;

/**
 * One document write, versioned externally: Elasticsearch keeps the write with the highest version, so
 * replays and duplicates of older events are rejected as conflicts instead of overwriting newer state.
 */
record IndexOperation(ProductDocument document, long version) {

    /** Aggregate sequences start at 0 and external versions must be positive, hence the +1. */
    static IndexOperation of(ProductDocument document, long aggregateSequence) {
        return new IndexOperation(document, aggregateSequence + 1);
    }
}
