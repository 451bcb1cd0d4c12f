package com.catalog.query.audit;

/** The audit log's streaming processor: the projection writes through it, reads wait for it. */
public final class AuditProcessor {

    /** Processing group and processor name; configured under {@code axon.eventhandling.processors.audit}. */
    public static final String NAME = "audit";

    private AuditProcessor() {
    }
}
