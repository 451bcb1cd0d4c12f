package com.catalog.command.product.imports;

import java.util.List;

/**
 * One page of a job's failures, by line number.
 *
 * @param items      the failures, lowest line first
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
public record ImportFailuresPage(List<ImportFailure> items, String nextCursor) {
}
