package com.catalog.inventory;

/** What happened to one incoming event; each outcome is a counter value of {@code inventory.events}. */
public enum ApplyOutcome {
    APPLIED,
    /** Its ce_id was handled before: a redelivery. */
    DUPLICATE,
    /** Its sequence is at or below the product's last applied one: an out-of-order redelivery. */
    STALE,
    /** A ce_type this version does not know: skipped (forward compatibility), not remembered as handled. */
    UNKNOWN_TYPE
}
