package com.catalog.command.product.imports;

import java.util.List;

/** The caller's newest import jobs, newest first. */
public record ImportJobsList(List<ImportJobView> items) {
}
