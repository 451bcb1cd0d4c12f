package com.catalog.query.product.search;

/**
 * One document write, versioned externally: Elasticsearch keeps the write with the highest version, so
 * replays and duplicates of older events are rejected as conflicts instead of overwriting newer state.
 * <p>
 * The version is {@code (sequence + 1) << 20}: the low 20 bits are room for the update-by-query that propagates a
 * category or brand rename, which bumps a document's version by one. The product's next event still writes a higher
 * version, and an older event a lower one, so the ordering by aggregate sequence is kept.
 */
record IndexOperation(ProductDocument document, long version) {

    static final int RENAME_BITS = 20;

    /** Aggregate sequences start at 0 and external versions must be positive, hence the +1. */
    static IndexOperation of(ProductDocument document, long aggregateSequence) {
        return new IndexOperation(document, versionOf(aggregateSequence));
    }

    static long versionOf(long aggregateSequence) {
        return (aggregateSequence + 1) << RENAME_BITS;
    }
}
