package com.catalog.query.replay;

/**
 * Where the read models of some processors live (PostgreSQL tables, an Elasticsearch index). A replay asks the
 * store that holds a processor's read model for a fresh, empty copy, fills it, and swaps it in.
 */
public interface ReadModelStore {

    /** Whether this store holds the read model of that processor, i.e. can replay it into a fresh target. */
    boolean holds(String processor);

    /** Drops what an interrupted replay of the processor left behind, then creates a fresh, empty target. */
    FreshReadModel createFresh(String processor);
}
