package com.catalog.command.product.imports;

/** How many of a job's lines created their product and how many were refused. */
record LineCounts(int succeeded, int failed) {

    int done() {
        return succeeded + failed;
    }
}
