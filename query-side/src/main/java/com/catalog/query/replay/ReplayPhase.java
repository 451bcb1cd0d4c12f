package com.catalog.query.replay;

/** Where a replay into a fresh target stands; the old target serves reads in every phase before COMPLETED. */
public enum ReplayPhase {

    /** No replay has run on this projection since the status table was created. */
    IDLE,
    /** The replay processor rebuilds the fresh target from the start of the event store. */
    REPLAYING,
    /** The live processor is stopped; the replay processor finishes up to the head. */
    CATCHING_UP,
    /** The fresh target is compared with the event store (counts and checksum). */
    VERIFYING,
    /** The fresh target replaces the old one (alias swap, table renames) and the live processor takes over. */
    SWAPPING,
    /** The fresh target serves reads; the old one is dropped. */
    COMPLETED,
    /** The replay stopped; the old target still serves, the reason says why. */
    FAILED,
    /** An admin cancelled the replay; its fresh target is dropped, the old one still serves. */
    CANCELLED;

    boolean running() {
        return this == REPLAYING || this == CATCHING_UP || this == VERIFYING || this == SWAPPING;
    }
}
