package com.catalog.command.web;

import java.util.List;

/** Answer of a bulk request: one result per item, in request order, and the counts. */
public record BulkResponse(int succeeded, int failed, List<BulkItemResult> items) {
}
