package com.catalog.command.product.imports;

/** Where an import job is: waiting, being worked on, or ended (every line done, stopped by an error, or canceled). */
public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELED;

    boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
