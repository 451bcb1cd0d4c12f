package com.catalog.command.product.imports;

/** A non-blank line of an upload and its number in the file, from 1. */
record StagedLine(int lineNo, String body) {
}
